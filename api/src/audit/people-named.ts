/**
 * The user ids an audit event's before and after name in their `…ById` fields (createdById, decidedById, …): the people
 * its reader is told by name (docs/roles-and-workflows.md#audit-history), since most readers may not read accounts. Pure.
 */
const PERSON_FIELD = /ById$/;

export function userIdsNamed(...sides: ReadonlyArray<Record<string, unknown> | null>): number[] {
  const ids = new Set<number>();
  for (const side of sides) {
    for (const [field, value] of Object.entries(side ?? {})) {
      if (!PERSON_FIELD.test(field)) continue;
      const id = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : null;
      if (id !== null && Number.isSafeInteger(id) && id > 0) ids.add(id);
    }
  }
  return [...ids].sort((a, b) => a - b);
}
