/**
 * How each react-admin resource maps onto the API's list contract and mutations: the GraphQL names, the
 * fields read, the fields written, and what it may be sorted by.
 */
export interface ResourceSpec {
  /** GraphQL object type, e.g. Firm (mutations are createFirm, updateFirm, submitFirm…) */
  type: string;
  /** list query, e.g. firms(options: FirmListOptions): FirmList! */
  list: string;
  /** single-record query, e.g. firm(id: ID!): Firm! */
  one?: string;
  fields: string;
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

export const RESOURCES: Record<string, ResourceSpec> = {
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
