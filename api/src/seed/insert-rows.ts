import { EntityManager } from 'typeorm';

const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/**
 * Multi-row INSERTs in chunks under PostgreSQL's 65,535-parameter limit: how the seed writes hundreds of
 * thousands of rows quickly. Columns are the rows' own property names, in snake_case.
 */
export async function insertRows<T extends object>(em: EntityManager, table: string, rows: T[], columns?: Array<keyof T & string>): Promise<void> {
  if (rows.length === 0) return;
  const names = columns ?? (Object.keys(rows[0]) as Array<keyof T & string>);
  const perChunk = Math.max(1, Math.floor(60_000 / names.length));
  for (let start = 0; start < rows.length; start += perChunk) {
    const chunk = rows.slice(start, start + perChunk);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => {
      const slots = names.map((name) => {
        params.push((row as Record<string, unknown>)[name] ?? null);
        return `$${params.length}`;
      });
      return `(${slots.join(',')})`;
    });
    await em.query(`INSERT INTO ${table} (${names.map(snake).join(',')}) VALUES ${tuples.join(',')}`, params);
  }
}

/** After rows with explicit ids, identity columns continue after the largest id. */
export async function resetIdentity(em: EntityManager, table: string): Promise<void> {
  await em.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), GREATEST((SELECT max(id) FROM ${table}), 1))`);
}
