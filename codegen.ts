import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * `npm run codegen`: typed operations from schema/schema.graphql. Every `graphql(`…`)` document of the API
 * tests gets its result and variable types; the generated files are committed, and `npm run typecheck` fails
 * while they are stale (`graphql-codegen --check`).
 */
const common = {
  preset: 'client',
  presetConfig: { gqlTagName: 'graphql', fragmentMasking: false },
  config: {
    useTypeImports: true,
    enumsAsTypes: true,
    skipTypename: true,
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
    // the API tests post plain strings: TypedDocumentString is a string that carries its types
    'api/test/generated/': {
      ...common,
      documents: ['api/test/operations.ts', 'api/test/election-operations.ts'],
      config: { ...common.config, documentMode: 'string' },
    },
  },
};

export default config;
