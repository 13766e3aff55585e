import type { RequestContext } from '../request/context';

/** The records whose every name PostgreSQL keeps, from when (migrations/1764806050000-names-as-published.ts). */
export type NamedTable = 'estate' | 'project' | 'firm' | 'district' | 'subdistrict' | 'community';

/**
 * The name a record bore at the moment `at` (SQL; `id` and `at` are expressions): what a statement published or a
 * paper issued then names it, whatever it is called now (docs/architecture.md#documents).
 */
export const nameAtSql = (table: NamedTable, id: string, at: string): string => nameOfTableAt(`'${table}'`, id, at);

const nameOfTableAt = (table: string, id: string, at: string) =>
  `(SELECT h.name FROM name_history h WHERE h.table_name = ${table} AND h.record_id = ${id} AND h.valid_from <= ${at} ORDER BY h.valid_from DESC LIMIT 1)`;

/** The names some records bore at `at` (null: now), by table and id; one statement whatever the number. */
export async function namesAt(ctx: RequestContext, at: Date | null, records: ReadonlyArray<{ table: NamedTable; id: number }>): Promise<Map<string, string>> {
  if (!records.length) return new Map();
  const rows: Array<{ t: string; id: number; name: string | null }> = await ctx.em.query(
    `SELECT r.t, r.id, ${nameOfTableAt('r.t', 'r.id', 'coalesce($3::timestamptz, now())')} AS name
       FROM unnest($1::text[], $2::int[]) AS r(t, id)`,
    [records.map((r) => r.table), records.map((r) => r.id), at],
  );
  return new Map(rows.filter((r) => r.name !== null).map((r) => [`${r.t}:${r.id}`, r.name!]));
}

/** The key `namesAt` answers a record under. */
export const nameKey = (table: NamedTable, id: number | string): string => `${table}:${id}`;
