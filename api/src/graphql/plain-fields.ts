import { GraphQLFieldResolver, GraphQLSchema, isObjectType } from 'graphql';
import { PLAIN_READ } from '../shared/read-plan';

/**
 * type-graphql gives every plain `@Field` a resolver that builds a resolver-data object and runs the (empty)
 * middleware chain before it reads the property: per field per row, the most common work of a list read
 * (docs/architecture.md#compiled-reads). This swaps each such resolver for a bare property read, only after
 * checking that it is one: its source is type-graphql's basic resolver, and called on a probe it answers
 * synchronously with the one property it read (a field with a middleware or an auth rule answers with a
 * promise and keeps its resolver). Run right after buildSchema, before the masks and read guards wrap fields.
 * Returns how many fields it swapped.
 */
export function plainFieldReads(schema: GraphQLSchema): number {
  let swapped = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const property = field.resolve && plainProperty(field.resolve);
      if (property === null || property === undefined) continue;
      // marked with the property it reads, for a page PostgreSQL writes as its final JSON (shared/read-plan.ts)
      field.resolve = Object.assign((root: unknown) => (root as Record<string, unknown>)[property], { [PLAIN_READ]: property });
      swapped++;
    }
  }
  return swapped;
}

/** The marks of type-graphql's createBasicFieldResolver (resolvers/create.js): nothing else is probed. */
const BASIC_SOURCE = /applyMiddlewares\)\(container, resolverData, middlewares, \(\) => root\[fieldMetadata\.name\]\)/;

function plainProperty(resolve: GraphQLFieldResolver<unknown, unknown>): string | null {
  if (!BASIC_SOURCE.test(resolve.toString())) return null;
  const read: PropertyKey[] = [];
  const probe = new Proxy({}, { get: (_target, key) => (read.push(key), 'probe') });
  const answer = resolve(probe, {}, {}, {} as never);
  // a middleware chain answers with a promise (none is declared today): keep that resolver, and its refusal quiet
  if (answer instanceof Promise) answer.catch(() => undefined);
  return answer === 'probe' && read.length === 1 && typeof read[0] === 'string' ? read[0] : null;
}
