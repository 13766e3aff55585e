import { TransitionTable } from './transitions';

/** The filing (备案) lifecycle shared by firms, projects and committee filings (docs/roles-and-workflows.md#filing). */
export enum FilingStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
  REVOKED = 'REVOKED',
}

export enum FilingAction {
  SUBMIT = 'SUBMIT',
  APPROVE = 'APPROVE',
  RETURN = 'RETURN',
  REVOKE = 'REVOKE',
}

export const FILING_TRANSITIONS: TransitionTable<FilingStatus, FilingAction> = {
  [FilingAction.SUBMIT]: { from: [FilingStatus.DRAFT, FilingStatus.RETURNED], to: FilingStatus.SUBMITTED },
  [FilingAction.APPROVE]: { from: [FilingStatus.SUBMITTED], to: FilingStatus.APPROVED },
  [FilingAction.RETURN]: { from: [FilingStatus.SUBMITTED], to: FilingStatus.RETURNED },
  [FilingAction.REVOKE]: { from: [FilingStatus.APPROVED], to: FilingStatus.REVOKED },
};

/** A filing's content may change only while the clerk holds it; after that only decisions move it. */
export const EDITABLE_FILING_STATUSES: readonly FilingStatus[] = [FilingStatus.DRAFT, FilingStatus.RETURNED];

/** Decisions belong to someone other than the submitter (maker-checker). */
export const DECISIONS: readonly FilingAction[] = [FilingAction.APPROVE, FilingAction.RETURN, FilingAction.REVOKE];

/** Why a registrar sends a filing back; stable codes, translated by the console. */
export enum ReturnReason {
  INCOMPLETE_MATERIALS = 'INCOMPLETE_MATERIALS',
  INCONSISTENT_DATA = 'INCONSISTENT_DATA',
  INVALID_QUALIFICATION = 'INVALID_QUALIFICATION',
  CONTRACT_PROBLEM = 'CONTRACT_PROBLEM',
  OTHER = 'OTHER',
}

/** Why an approved filing is withdrawn. */
export enum RevokeReason {
  FIRM_DEREGISTERED = 'FIRM_DEREGISTERED',
  CONTRACT_TERMINATED = 'CONTRACT_TERMINATED',
  FALSE_INFORMATION = 'FALSE_INFORMATION',
  SERIOUS_VIOLATION = 'SERIOUS_VIOLATION',
  OTHER = 'OTHER',
}

/**
 * A filing number (docs/domain-rules.md#filing-numbers): prefix〔year〕number号, the number at least four digits.
 * The approving write takes it with next_filing_number (migrations/1764803700000-filing-number-in-the-write.ts),
 * which formats it the same way; the seed numbers its demo filings with this.
 */
export function formatFilingNumber(prefix: string, year: number, n: number): string {
  return `${prefix}〔${year}〕${String(n).padStart(4, '0')}号`;
}
