import type { FilingActionName } from '../dataProvider';
import { REQUIRED_MATERIALS } from './choices';
import { todayInChina } from './formats';

/** What a held move says beside its disabled button: a translation key and its figures. */
export interface FilingHold {
  key: string;
  args: Record<string, unknown>;
}

interface HeldRecord {
  /** a project's approved project of the same estate whose contract overlaps (api: Project.overlapsApproved) */
  overlapsApproved?: { id: string; name: string; filingNumber?: string | null } | null;
  /** a project's firm, whose filing must be approved and the firm active before the project is approved */
  firm?: { name: string; filingStatus: string; status: string } | null;
  /** a committee filing's materials: submitted only with every required kind (docs/domain-rules.md#committee-filing) */
  materials?: ReadonlyArray<{ kind: string }> | null;
  /** a firm's projects: it is not revoked while one stands approved with its contract in force (FIRM_HAS_PROJECTS_IN_FORCE) */
  projects?: ReadonlyArray<{ filingStatus: string; contractEnd: string }> | null;
}

/**
 * Why a move the server lists (availableActions) would still be refused, from what the page already reads: a
 * project whose contract overlaps an approved one cannot be submitted or approved, nor one whose firm is not an
 * approved, active filing; a firm is not revoked under its projects in force. null when nothing holds the move.
 */
export function filingHold(record: HeldRecord | undefined, action: FilingActionName, today = todayInChina()): FilingHold | null {
  const other = record?.overlapsApproved;
  if ((action === 'SUBMIT' || action === 'APPROVE') && other) {
    return { key: `wuye.filing.hold.CONTRACT_OVERLAP_${action}`, args: { projectName: other.name, filingNumber: other.filingNumber ?? other.id } };
  }
  // said beside the button rather than after its dialog (users' review F13): the list of what is missing is under 材料
  const missing = record?.materials ? REQUIRED_MATERIALS.filter((kind) => !record.materials!.some((m) => m.kind === kind)).length : 0;
  if (action === 'SUBMIT' && missing > 0) return { key: 'wuye.filing.hold.MATERIALS_MISSING', args: { smart_count: missing } };
  const firm = record?.firm;
  if (action === 'APPROVE' && firm && (firm.filingStatus !== 'APPROVED' || firm.status !== 'ACTIVE')) {
    return { key: firm.filingStatus !== 'APPROVED' ? 'wuye.filing.hold.FIRM_NOT_APPROVED' : 'wuye.filing.hold.FIRM_NOT_ACTIVE', args: { firmName: firm.name } };
  }
  const inForce = record?.projects?.filter((p) => p.filingStatus === 'APPROVED' && p.contractEnd >= today).length ?? 0;
  if (action === 'REVOKE' && inForce > 0) return { key: 'wuye.filing.hold.FIRM_HAS_PROJECTS_IN_FORCE', args: { smart_count: inForce } };
  return null;
}
