import { EntityManager } from 'typeorm';

/**
 * The versions PostgreSQL keeps per table (migrations/1764800900000-table-versions.ts), read in one statement per
 * request and shared by everything that caches across requests (tokens, responses): an entry is served only
 * when the versions it was computed under are still the current ones, so a write committed by any process is
 * seen by the next request everywhere. Read BEFORE computing what is cached: a write committed in between then
 * makes the entry look older than it is (a needless miss), never newer.
 */
export type TableVersions = ReadonlyMap<string, string>;

export async function readTableVersions(em: EntityManager): Promise<TableVersions> {
  const rows: Array<{ table_name: string; version: string }> = await em.query(`SELECT table_name, version FROM table_version`);
  return new Map(rows.map((row) => [row.table_name, row.version]));
}

/** The same read as one JSON value, for a statement that carries it beside its own rows (a token's lookup, a page). */
export const TABLE_VERSIONS_JSON = '(SELECT json_object_agg(table_name, version::text) FROM table_version)';

/** TABLE_VERSIONS_JSON as read back (null: no table is versioned). */
export function versionsFromJson(json: Record<string, string> | null): TableVersions {
  return new Map(Object.entries(json ?? {}));
}

/**
 * The versions of `tables` as one comparable string; throws for a table nobody versions (a cache that named it
 * would never see its writes).
 */
export function fingerprint(versions: TableVersions, tables: readonly string[]): string {
  return tables
    .map((table) => {
      const version = versions.get(table);
      if (version === undefined) throw new Error(`table ${table} has no version row: add it to table_version with its trigger`);
      return version;
    })
    .join('.');
}
