/**
 * How each react-admin resource maps onto the API's list contract and mutations: the GraphQL names, the
 * fields read, the fields written, and what it may be sorted by.
 */
export interface ResourceSpec {
  /** GraphQL object type, e.g. Firm (mutations are createFirm, updateFirm, submitFirm…) */
  type: string;
  /** list query, e.g. firms(options: FirmListOptions): FirmList!; absent when records are only read one by one */
  list?: string;
  /** single-record query, e.g. firm(id: ID!): Firm! */
  one?: string;
  fields: string;
  /** what a single record (show, edit, a mutation's answer) reads beyond `fields`, e.g. nested lists */
  oneFields?: string;
  /** the record as the console uses it (e.g. flattening nested places) */
  normalise?(record: Record<string, any>): Record<string, any>;
  /** create input from form data; absent when the resource is read-only */
  createInput?(data: Record<string, any>): Record<string, unknown>;
  updateInput?(data: Record<string, any>): Record<string, unknown>;
  createInputType?: string;
  updateInputType?: string;
  sortFields: readonly string[];
  defaultSort: string;
}

const FILING = `filingStatus filingNumber createdById submittedById submittedAt decidedById decidedAt
  returnReason returnNote revokeReason revokeNote availableActions createdAt updatedAt`;

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : v == null ? '' : String(v));
const optionalText = (v: unknown) => (v === null || v === undefined || text(v) === '' ? null : text(v));
const decimal = (v: unknown) => (v === null || v === undefined || v === '' ? null : String(v).trim());
const int = (v: unknown) => (v === null || v === undefined || v === '' ? null : Number(v));
const id = (v: unknown) => (v === null || v === undefined || v === '' ? null : String(v));

const firmInput = (d: Record<string, any>) => ({
  name: text(d.name),
  creditCode: text(d.creditCode),
  legalRepresentative: text(d.legalRepresentative),
  registeredAddress: text(d.registeredAddress),
  contactPerson: text(d.contactPerson),
  contactPhone: text(d.contactPhone),
  establishedOn: optionalText(d.establishedOn),
  districtId: id(d.districtId),
  status: d.status ?? 'ACTIVE',
});

const projectInput = (d: Record<string, any>) => ({
  name: text(d.name),
  estateId: id(d.estateId),
  firmId: id(d.firmId),
  projectManager: text(d.projectManager),
  managerPhone: text(d.managerPhone),
  contractStart: optionalText(d.contractStart),
  contractEnd: optionalText(d.contractEnd),
  selectionMethod: d.selectionMethod ?? null,
  billingModel: d.billingModel ?? null,
  residentialFee: decimal(d.residentialFee),
  commercialFee: decimal(d.commercialFee),
  parkingFee: decimal(d.parkingFee),
  households: int(d.households),
  managedArea: decimal(d.managedArea),
});

const estateInput = (d: Record<string, any>) => ({
  communityId: id(d.communityId),
  name: text(d.name),
  address: text(d.address),
  totalFloorArea: decimal(d.totalFloorArea),
  residentialFloorArea: decimal(d.residentialFloorArea),
  households: int(d.households),
  buildings: int(d.buildings),
  elevators: int(d.elevators) ?? 0,
  deliveredOn: optionalText(d.deliveredOn),
});

const ESTATE_PLACE = 'estate { id name subdistrict { id districtId } }';
/** An election's, committee's or filing's estate, flattened for filters and references. */
const withEstatePlace = ({ estate, ...record }: Record<string, any>) => ({
  ...record,
  estateName: estate?.name ?? null,
  subdistrictId: estate?.subdistrict?.id ?? null,
  districtId: estate?.subdistrict?.districtId ?? null,
});

/** The phases an election plans dates for, in lifecycle order (the form keys its plan by phase). */
export const PLANNED_PHASES = ['PREPARATION', 'NOMINATION', 'ELIGIBILITY_REVIEW', 'CANDIDATE_PUBLICITY', 'VOTING', 'COUNTING', 'RESULT_PUBLICITY'] as const;

const electionInput = (d: Record<string, any>) => ({
  title: text(d.title),
  seats: int(d.seats),
  deemedVotes: !!d.deemedVotes,
  plannedVotingOn: optionalText(d.plannedVotingOn),
  // the plan of dates: every phase given a date, in lifecycle order
  phases: PLANNED_PHASES.filter((phase) => d.phasePlan?.[phase]?.startsOn || d.phasePlan?.[phase]?.endsOn).map((phase) => ({
    phase,
    startsOn: optionalText(d.phasePlan[phase].startsOn),
    endsOn: optionalText(d.phasePlan[phase].endsOn),
  })),
});

/** An election as the console uses it: its place flattened, its planned dates keyed by phase for the form. */
const electionRecord = (record: Record<string, any>) => ({
  ...withEstatePlace(record),
  ...(record.phases
    ? { phasePlan: Object.fromEntries((record.phases as Array<Record<string, any>>).map((p) => [p.phase, { startsOn: p.startsOn, endsOn: p.endsOn }])) }
    : {}),
});

const CHECK = 'rule met inclusive threshold { numerator denominator } headcount { part whole met } area { part whole met }';
/** A resolution's tally (ResolutionTally): the choices, the two checks, the outcome and the rule that decided it. */
const RESOLUTION_TALLY = `matter article278Item ballots outcome decidedBy totals { headcount area } participating { headcount area }
  counts { yes { headcount area } no { headcount area } abstain { headcount area } }
  deemed { outcome side persons { headcount area } } quorum { ${CHECK} } pass { ${CHECK} }`;

/** Elections, resolutions, candidates, owner rolls and committees (officers in their jurisdiction; managers read). */
const ELECTION_RESOURCES: Record<string, ResourceSpec> = {
  elections: {
    type: 'Election',
    list: 'elections',
    one: 'election',
    fields: `id version estateId kind title seats phase deemedVotes committeeId availableActions createdAt updatedAt ${ESTATE_PLACE}`,
    oneFields: `plannedVotingOn votedOn phases { phase startsOn endsOn enteredAt }
      record { sha256 sealedAt pdfPath jsonPath }
      candidates { id version ownerId partyMember nominatedBy nominatedOn decision withdrawn owner { id name } }
      slateWarning { partyMembers candidates needed }`,
    normalise: electionRecord,
    createInput: (d) => ({ estateId: id(d.estateId), kind: d.kind ?? null, ...electionInput(d) }),
    // the voting day recorded at closing, corrected until the result is certified (the server says when not)
    updateInput: (d) => ({ ...electionInput(d), votedOn: optionalText(d.votedOn) }),
    createInputType: 'ElectionInput',
    updateInputType: 'ElectionUpdateInput',
    sortFields: ['id', 'title', 'updatedAt'],
    defaultSort: 'id',
  },
  candidates: {
    type: 'Candidate',
    one: 'candidate',
    fields: `id version electionId ownerId partyMember nominatedBy nominatedOn decision decisionExplanation withdrawn
      owner { id name } election { id title phase estateId seats }
      checklist { id version title items { key kind titleZh titleEn suggestedReviewers } }
      checks { itemKey result reviewingBody reviewer checkedOn evidenceNote overrideReason updatedAt }
      objections { id filedOn filedBy reason resolution resolvedOn }`,
    normalise: (c) => ({ ...c, name: c.owner?.name ?? '' }),
    sortFields: ['id'],
    defaultSort: 'id',
  },
  owners: {
    type: 'Owner',
    list: 'owners',
    one: 'owner',
    fields: 'id name idNumber phone estateId ownerships { unitId unit { id building unitNo room } }',
    normalise: (o) => ({
      ...o,
      units: (o.ownerships ?? []).map((s: { unit?: { building: string; unitNo: string; room: string } }) => (s.unit ? `${s.unit.building}${s.unit.unitNo}${s.unit.room}` : '')).join('、'),
    }),
    sortFields: ['id', 'name'],
    defaultSort: 'name',
  },
  resolutions: {
    type: 'Resolution',
    list: 'resolutions',
    one: 'resolution',
    fields: `id version estateId matter title phase deemedVotes votingStartsOn votingEndsOn createdAt updatedAt ${ESTATE_PLACE}`,
    // the live tally is read with the record, so a refresh after a ballot or a move brings both
    oneFields: `description tally { ${RESOLUTION_TALLY} } record { sha256 sealedAt pdfPath jsonPath }`,
    normalise: withEstatePlace,
    createInput: (d) => ({
      estateId: id(d.estateId),
      matter: d.matter ?? null,
      title: text(d.title),
      description: text(d.description),
      votingStartsOn: optionalText(d.votingStartsOn),
      votingEndsOn: optionalText(d.votingEndsOn),
      deemedVotes: !!d.deemedVotes,
    }),
    createInputType: 'ResolutionInput',
    sortFields: ['id', 'updatedAt'],
    defaultSort: 'id',
  },
  committees: {
    type: 'Committee',
    list: 'committees',
    one: 'committee',
    fields: `id version estateId termNumber electedOn termStart termEnd createdAt updatedAt ${ESTATE_PLACE}`,
    oneFields: `members { id name position ownerId startsOn }
      filings { id version kind eventDate dueOn dueOnProvisional filingStatus filingNumber overdue daysRemaining }`,
    normalise: withEstatePlace,
    sortFields: ['id', 'termEnd', 'updatedAt'],
    defaultSort: 'id',
  },
  committeeFilings: {
    type: 'CommitteeFiling',
    list: 'committeeFilings',
    one: 'committeeFiling',
    fields: `id version committeeId kind eventDate dueOn dueOnProvisional overdue daysRemaining submittedLate ${FILING}
      committee { id termNumber ${ESTATE_PLACE} }`,
    oneFields: 'materials { id kind fileName contentType sizeBytes sha256 createdAt }',
    // the filing dialogs name the record: its committee's estate
    normalise: ({ committee, ...filing }) => ({
      ...withEstatePlace({ ...filing, estate: committee?.estate }),
      estateId: committee?.estate?.id ?? null,
      termNumber: committee?.termNumber ?? null,
      name: committee?.estate?.name ?? '',
    }),
    sortFields: ['id', 'dueOn', 'updatedAt'],
    defaultSort: 'dueOn',
  },
};

export const RESOURCES: Record<string, ResourceSpec> = {
  ...ELECTION_RESOURCES,
  firms: {
    type: 'Firm',
    list: 'firms',
    one: 'firm',
    fields: `id version name creditCode legalRepresentative registeredAddress contactPerson contactPhone
      establishedOn districtId status ${FILING}`,
    createInput: firmInput,
    updateInput: firmInput,
    createInputType: 'FirmInput',
    updateInputType: 'FirmInput',
    sortFields: ['id', 'name', 'creditCode', 'createdAt', 'updatedAt'],
    defaultSort: 'name',
  },
  projects: {
    type: 'Project',
    list: 'projects',
    one: 'project',
    fields: `id version name estateId firmId projectManager managerPhone contractStart contractEnd selectionMethod
      billingModel residentialFee commercialFee parkingFee households managedArea ${FILING}`,
    createInput: projectInput,
    updateInput: projectInput,
    createInputType: 'ProjectInput',
    updateInputType: 'ProjectInput',
    sortFields: ['id', 'name', 'contractStart', 'contractEnd', 'createdAt', 'updatedAt'],
    defaultSort: 'name',
  },
  estates: {
    type: 'Estate',
    list: 'estates',
    one: 'estate',
    fields: `id version communityId name address totalFloorArea residentialFloorArea households buildings elevators
      deliveredOn createdAt updatedAt subdistrict { id districtId }`,
    normalise: ({ subdistrict, ...estate }) => ({ ...estate, subdistrictId: subdistrict?.id ?? null, districtId: subdistrict?.districtId ?? null }),
    createInput: estateInput,
    updateInput: estateInput,
    createInputType: 'EstateInput',
    updateInputType: 'EstateInput',
    sortFields: ['id', 'name', 'households', 'updatedAt'],
    defaultSort: 'name',
  },
  users: {
    type: 'User',
    list: 'users',
    one: 'user',
    fields: 'id version username displayName role active createdAt',
    createInput: (d) => ({ username: text(d.username), displayName: text(d.displayName), role: d.role, password: d.password ?? '' }),
    updateInput: (d) => ({
      displayName: text(d.displayName),
      role: d.role,
      active: !!d.active,
      ...(d.password ? { password: d.password } : {}),
    }),
    createInputType: 'UserInput',
    updateInputType: 'UserUpdateInput',
    sortFields: ['id', 'username', 'displayName'],
    defaultSort: 'username',
  },
  districts: { type: 'District', list: 'districts', one: 'district', fields: 'id code name', sortFields: ['id', 'name'], defaultSort: 'id' },
  subdistricts: { type: 'Subdistrict', list: 'subdistricts', one: 'subdistrict', fields: 'id name districtId kind', sortFields: ['id', 'name'], defaultSort: 'id' },
  communities: { type: 'Community', list: 'communities', one: 'community', fields: 'id name subdistrictId', sortFields: ['id', 'name'], defaultSort: 'id' },
  auditEvents: { type: 'AuditEvent', list: 'auditEvents', fields: 'id at actorId actorName action entityType entityId before after', sortFields: ['id'], defaultSort: 'id' },
};

/** creditCode → CREDIT_CODE: the API's sort enums name the property in upper snake case. */
export function sortEnum(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** The page size the API accepts at most (MAX_PAGE_SIZE); larger reads are paged with the keyset cursor. */
export const MAX_TAKE = 200;

/**
 * Page size for reading everything (CSV export): the API's complexity limit counts a list's items ten times
 * over on top of `take`, so 100 full records per request stay well inside it.
 */
export const EXPORT_PAGE = 100;
