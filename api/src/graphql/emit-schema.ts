import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printPolicyTable } from '../auth/policy-table';
import { REPO_ROOT } from '../config';
import { appSchema, printSortedSchema } from './schema';

/** npm run schema: writes schema/schema.graphql from the code (a test fails when the two differ). */
export const SCHEMA_FILE = path.join(REPO_ROOT, 'schema', 'schema.graphql');
/** …and schema/policies.json, the access rule of every query and mutation (the console's permissions come from it). */
export const POLICIES_FILE = path.join(REPO_ROOT, 'schema', 'policies.json');

if (require.main === module) {
  appSchema().then((schema) => {
    fs.writeFileSync(SCHEMA_FILE, printSortedSchema(schema));
    fs.writeFileSync(POLICIES_FILE, printPolicyTable(schema));
    for (const file of [SCHEMA_FILE, POLICIES_FILE]) process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
  });
}
