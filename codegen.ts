import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * `npm run codegen`: typed operations from schema/schema.graphql. Every `graphql(`…`)` document of the console
 * and of the API tests gets its result and variable types; the generated files are committed, and
 * `npm run typecheck` fails while they are stale (`graphql-codegen --check`).
 *
 * Documents are strings that carry their types (TypedDocumentString): the API tests post them as they are, the
 * console has Apollo parse each once (in its bundle a string is far smaller than a parsed document).
 */
const common = {
  preset: 'client',
  presetConfig: { gqlTagName: 'graphql', fragmentMasking: false },
  config: {
    useTypeImports: true,
    enumsAsTypes: true,
    skipTypename: true,
    documentMode: 'string',
    dedupeFragments: true,
    // the API's custom scalars as they travel in JSON (decimals are exact strings, dates ISO strings)
    scalars: {
      DateTimeISO: 'string',
      LocalDate: 'string',
      Decimal: 'string',
      SafeInt: 'number',
      JSON: 'unknown',
      JSONObject: 'Record<string, unknown>',
    },
  },
} as const;

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    'console/src/generated/': {
      ...common,
      documents: ['console/src/**/*.{ts,tsx}', '!console/src/generated/**', '!console/src/**/*.spec.ts'],
    },
    'api/test/generated/': {
      ...common,
      documents: ['api/test/operations.ts', 'api/test/election-operations.ts', 'api/test/assessment-operations.ts', 'api/test/money-operations.ts', 'api/test/party-operations.ts', 'api/test/campaign-operations.ts'],
    },
  },
};

export default config;
