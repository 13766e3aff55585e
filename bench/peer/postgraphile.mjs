/**
 * The peer the benchmark compares the API with: PostGraphile 5 (a devDependency, never shipped) over the same
 * seeded database, in its own process, serving the three reads of the comparison. Run by bench/run.ts as
 *   node --import ./bench/peer/with-resolvers.mjs bench/peer/postgraphile.mjs
 * with DATABASE_URL and PORT. Its schema is PostGraphile's own reflection of the tables (Amber preset, rows keep
 * their `id`), plus what the three reads need that reflection does not give: a "name contains" condition on
 * firms, and the estate's sitting committee as a computed column (a SQL function the bench creates).
 */
import fs from 'node:fs';
import http from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { addPgTableCondition } from 'postgraphile/utils';

const connectionString = process.env.DATABASE_URL;
const port = Number(process.env.PORT);
if (!connectionString || !port) throw new Error('DATABASE_URL and PORT are required');

// the current committee as our API defines it: the latest term covering today in China
const setup = new pg.Client({ connectionString });
await setup.connect();
await setup.query(`
  CREATE OR REPLACE FUNCTION estate_current_committee(e estate) RETURNS committee STABLE LANGUAGE sql AS $$
    SELECT c.* FROM committee c
     WHERE c.estate_id = e.id AND c.term_start <= (now() AT TIME ZONE 'Asia/Shanghai')::date AND c.term_end >= (now() AT TIME ZONE 'Asia/Shanghai')::date
     ORDER BY c.term_number DESC LIMIT 1
  $$`);
await setup.end();

const nameContains = addPgTableCondition(
  { schemaName: 'public', tableName: 'firm' },
  'nameContains',
  (build) => ({ type: build.graphql.GraphQLString }),
  (value, { sql, sqlTableAlias }) => {
    const text = String(value);
    // the API's rule for "contains" (api/src/shared/list-filters.ts containsOperator): LIKE for a term with no cased letter
    const op = text.toLowerCase() === text && text.toUpperCase() === text ? sql.raw('LIKE') : sql.raw('ILIKE');
    return sql`${sqlTableAlias}.name ${op} ${sql.value(`%${text.replace(/[\\%_]/g, '\\$&')}%`)}`;
  },
);

const preset = {
  extends: [PostGraphileAmberPreset],
  // rows keep their own id (no global Node ids), as ours do; conditions and orders on every column, indexed or not
  disablePlugins: ['NodePlugin', 'PgIndexBehaviorsPlugin'],
  plugins: [nameContains],
  pgServices: [makePgService({ connectionString, schemas: ['public'], poolConfig: { max: 10 } })],
  grafserv: { port, graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
// its schema as it reflected it, beside its log, for writing the benchmark's queries
if (process.env.PEER_SCHEMA_OUT) {
  const { printSchema } = await import('postgraphile/graphql');
  fs.writeFileSync(process.env.PEER_SCHEMA_OUT, printSchema(await pgl.getSchema()));
}
const serv = pgl.createServ(grafserv);
const server = http.createServer();
serv.addTo(server);
server.listen(port, '127.0.0.1', () => process.stdout.write(`postgraphile listening on ${port}\n`));
const stop = () => server.close(() => Promise.resolve(pgl.release()).finally(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
