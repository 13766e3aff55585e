import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config';
import { appSchema, printSortedSchema } from './schema';

/** npm run schema: writes schema/schema.graphql from the code (a test fails when the two differ). */
export const SCHEMA_FILE = path.join(REPO_ROOT, 'schema', 'schema.graphql');

if (require.main === module) {
  appSchema().then((schema) => {
    fs.writeFileSync(SCHEMA_FILE, printSortedSchema(schema));
    process.stdout.write(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}\n`);
  });
}
