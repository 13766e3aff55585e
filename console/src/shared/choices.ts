import { ResolutionPhase } from '../../../api/src/resolutions/resolution-phases';
import { Matter } from '../../../api/src/elections/thresholds';

/** An enum value as a react-admin choice whose name is a translation key (translated where shown). */
export interface Choice<T extends string> {
  id: T;
  name: string;
}

const choices = <T extends string>(group: string, values: readonly T[]): Array<Choice<T>> => values.map((id) => ({ id, name: `wuye.${group}.${id}` }));

/** The enum value a select answered with (as a string): one of its choices, or undefined. */
export const chosen = <T extends string>(list: ReadonlyArray<Choice<T>>, value: string): T | undefined => list.find((c) => c.id === value)?.id;

export const FILING_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'REVOKED'] as const;
export const filingStatusChoices = choices('filingStatus', FILING_STATUSES);
export const returnReasonChoices = choices('returnReason', ['INCOMPLETE_MATERIALS', 'INCONSISTENT_DATA', 'INVALID_QUALIFICATION', 'CONTRACT_PROBLEM', 'OTHER']);
export const revokeReasonChoices = choices('revokeReason', ['FIRM_DEREGISTERED', 'CONTRACT_TERMINATED', 'FALSE_INFORMATION', 'SERIOUS_VIOLATION', 'OTHER']);
export const firmStatusChoices = choices('firmStatus', ['ACTIVE', 'SUSPENDED', 'DEREGISTERED']);
export const selectionMethodChoices = choices('selectionMethod', ['TENDER', 'AGREEMENT', 'OWNERS_ASSEMBLY']);
export const billingModelChoices = choices('billingModel', ['LUMP_SUM', 'COMMISSION']);
/** The API's Role enum is upper case (CLERK); the translation keys are the lower-case role names. */
export const roleChoices = ['CLERK', 'REGISTRAR', 'OFFICER', 'MANAGER', 'ADMIN'].map((id) => ({ id, name: `wuye.role.${id.toLowerCase()}` }));

/** The election lifecycle in order (api/src/elections/election-phases.ts); CANCELLED can follow any phase before CERTIFIED. */
export const ELECTION_PHASES = ['PREPARATION', 'NOMINATION', 'ELIGIBILITY_REVIEW', 'CANDIDATE_PUBLICITY', 'VOTING', 'COUNTING', 'RESULT_PUBLICITY', 'CERTIFIED'] as const;
export const electionPhaseChoices = choices('electionPhase', [...ELECTION_PHASES, 'CANCELLED']);
export const electionKindChoices = choices('electionKind', ['FIRST', 'RE_ELECTION', 'BY_ELECTION']);
export const cancelReasonChoices = choices('cancelReason', ['NO_QUORUM', 'TOO_FEW_ELIGIBLE_CANDIDATES', 'IRREGULARITY', 'ORDERED_BY_AUTHORITY', 'OTHER']);
export const CHECK_KINDS = ['MUST', 'DISQUALIFYING', 'UNSUITABLE'] as const;
export const checkResultChoices = choices('checkResult', ['PASS', 'FAIL', 'PENDING']);
export const REVIEWING_BODIES = [
  'ELECTION_ORGANISER', 'REAL_ESTATE_REGISTRY', 'RESIDENTS_COMMITTEE', 'COMMUNITY_PARTY_ORGANISATION', 'DISCIPLINE_INSPECTION',
  'POLICE_STATION', 'COURT', 'PROPERTY_FIRM', 'MAINTENANCE_FUND_AUTHORITY', 'SUBDISTRICT_OFFICE',
] as const;
export const votingMethodChoices = choices('votingMethod', ['PAPER', 'ON_SITE', 'ONLINE', 'DOOR_TO_DOOR']);
export const committeePositionChoices = choices('committeePosition', ['CHAIR', 'VICE_CHAIR', 'MEMBER']);
export const MATERIAL_KINDS = ['MINUTES', 'COVENANT', 'RULES_OF_PROCEDURE', 'MEMBER_LIST', 'OTHER'] as const;
/** What a committee filing must carry before it is submitted (docs/domain-rules.md#committee-filing). */
export const REQUIRED_MATERIALS = ['MINUTES', 'COVENANT', 'RULES_OF_PROCEDURE', 'MEMBER_LIST'] as const;
export const materialKindChoices = choices('materialKind', MATERIAL_KINDS);
export const committeeFilingKindChoices = choices('committeeFilingKind', ['ESTABLISHMENT', 'CHANGE']);
/** How a candidate came forward: the stored words are the Chinese ones; the labels follow the language. */
export const nominationSources = [
  { id: '社区党组织推荐', name: 'wuye.nominationSource.PARTY' },
  { id: '业主联名推荐', name: 'wuye.nominationSource.OWNERS' },
  { id: '自荐', name: 'wuye.nominationSource.SELF' },
];
/** The nine matters of Civil Code Art. 278 in the article's order (api/src/elections/thresholds.ts). */
export const matterChoices = choices('matter', Object.values(Matter));
export const resolutionPhaseChoices = choices('resolutionPhase', Object.values(ResolutionPhase));
export const RESOLUTION_CHOICES = ['YES', 'NO', 'ABSTAIN'] as const;
