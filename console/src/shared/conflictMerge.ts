/**
 * After a CONFLICT (someone saved the record since the form was opened): the user's own edits laid over the
 * version now on the server, and what the other person changed meanwhile. Pure: three snapshots in, no React.
 */
export type Values = Record<string, unknown>;

export interface MergedEdits {
  /** the new version with the user's edits on top; `version` and everything the user left alone are the server's */
  values: Values;
  /** fields the other person changed since the form was opened */
  changedByOthers: string[];
  /** fields both changed, to different values: the user's value is kept until they choose */
  clashes: string[];
}

/** Fields every record carries whose change says nothing to the person editing. */
const BOOKKEEPING = new Set(['id', 'version', 'createdAt', 'updatedAt', '__typename']);

// an emptied input reads '' or null depending on the input; both mean "nothing"
const normal = (value: unknown): unknown => (value === undefined || value === '' ? null : value);
export const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(normal(a)) === JSON.stringify(normal(b));

/**
 * `opened`: the version the form was opened with; `mine`: the form's values at the conflict; `current`: the
 * version now on the server.
 */
export function mergeEditsOverNewVersion(opened: Values, mine: Values, current: Values): MergedEdits {
  const values: Values = { ...current };
  const changedByOthers: string[] = [];
  const clashes: string[] = [];
  for (const field of new Set([...Object.keys(mine), ...Object.keys(current)])) {
    if (BOOKKEEPING.has(field)) continue;
    const mineChanged = field in mine && !sameValue(mine[field], opened[field]);
    const theirsChanged = !sameValue(current[field], opened[field]);
    if (mineChanged) values[field] = mine[field];
    if (theirsChanged) changedByOthers.push(field);
    if (mineChanged && theirsChanged && !sameValue(mine[field], current[field])) clashes.push(field);
  }
  return { values, changedByOthers, clashes };
}
