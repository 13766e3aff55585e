import { parse, OperationDefinitionNode, FragmentDefinitionNode } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { fail } from '../shared/errors';
import { createLogger } from '../shared/logger';
import { formatErrorFor, rootFields } from './plugins';

function parts(source: string) {
  const document = parse(source);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((f) => [f.name.value, f]),
  );
  return { operation, fragments };
}

describe('what an operation asks for', () => {
  it.each([
    ['{ firms { totalItems } me { id } }', ['firms', 'me']],
    ['{ a: users { totalItems } }', ['users']],
    ['{ ... on Query { users { totalItems } } }', ['users']],
    ['query { ...R } fragment R on Query { apiTokens { id } firm(id: 1) { id } }', ['apiTokens', 'firm']],
  ])('%s has root fields %j', (source, expected) => {
    const { operation, fragments } = parts(source);
    expect(rootFields(operation.selectionSet, fragments)).toEqual(expected);
  });
});

describe('what a client sees of an error', () => {
  const lines: string[] = [];
  const format = formatErrorFor(createLogger('error', (line) => lines.push(line)));

  it('an unexpected error becomes a bare INTERNAL_SERVER_ERROR; the detail goes to the log only', () => {
    const sqlError = new QueryFailedError('SELECT secret FROM app_user WHERE id = $1', [1], new Error('relation "app_user" is locked'));
    const shown = format({ message: sqlError.message, extensions: { stacktrace: ['at x (y.ts:1)'] } }, sqlError);
    expect(shown).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' }, locations: undefined, path: undefined });
    expect(lines.join('')).toContain('graphql.internal_error');
  });

  it('a coded error keeps its message and details but not its HTTP status', () => {
    const error = fail.forbidden('no', 'ROLE').withHttpStatus();
    expect(format({ message: error.message }, error)).toMatchObject({ message: 'no', extensions: { code: 'FORBIDDEN', reason: 'ROLE' } });
    expect(format({ message: error.message }, error).extensions).not.toHaveProperty('http');
  });
});
