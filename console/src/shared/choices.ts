/** Enum values as react-admin choices whose names are translation keys (translated where shown). */
const choices = (group: string, values: readonly string[]) => values.map((id) => ({ id, name: `wuye.${group}.${id}` }));

export const FILING_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'REVOKED'] as const;
export const filingStatusChoices = choices('filingStatus', FILING_STATUSES);
export const returnReasonChoices = choices('returnReason', ['INCOMPLETE_MATERIALS', 'INCONSISTENT_DATA', 'INVALID_QUALIFICATION', 'CONTRACT_PROBLEM', 'OTHER']);
export const revokeReasonChoices = choices('revokeReason', ['FIRM_DEREGISTERED', 'CONTRACT_TERMINATED', 'FALSE_INFORMATION', 'SERIOUS_VIOLATION', 'OTHER']);
export const firmStatusChoices = choices('firmStatus', ['ACTIVE', 'SUSPENDED', 'DEREGISTERED']);
export const selectionMethodChoices = choices('selectionMethod', ['TENDER', 'AGREEMENT', 'OWNERS_ASSEMBLY']);
export const billingModelChoices = choices('billingModel', ['LUMP_SUM', 'COMMISSION']);
/** The API's Role enum is upper case (CLERK); the translation keys are the lower-case role names. */
export const roleChoices = ['CLERK', 'REGISTRAR', 'OFFICER', 'MANAGER', 'ADMIN'].map((id) => ({ id, name: `wuye.role.${id.toLowerCase()}` }));
