import fs from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { buildClientSchema, getIntrospectionQuery } from 'graphql';
import { buildSchema, Query, Resolver } from 'type-graphql';
import { findPolicy } from '../src/auth/policies';
import { Role } from '../src/request/principal';
import { loadConfig } from '../src/config';
import { printPolicyTable } from '../src/auth/policy-table';
import { POLICIES_FILE, SCHEMA_FILE } from '../src/graphql/emit-schema';
import { accessPlugin } from '../src/graphql/plugins';
import { appSchema, NO_TOPICS, printSortedSchema, RESOLVERS } from '../src/graphql/schema';
import { startTestApp, TestApp } from './harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

describe('access rules', () => {
  it('every query, mutation and subscription names a known policy (deny by default)', async () => {
    const schema = await appSchema();
    const withoutRule: string[] = [];
    let checked = 0;
    for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
      for (const field of Object.values(type?.getFields() ?? {})) {
        checked++;
        if (!findPolicy(field.extensions.policy)) withoutRule.push(`${type?.name}.${field.name}`);
      }
    }
    expect(checked).toBeGreaterThan(30);
    expect(withoutRule).toEqual([]);
  });

  it('a field added without a rule is refused at run time, even for an admin', async () => {
    @Resolver()
    class ForgottenResolver {
      @Query(() => String)
      forgotten(): string {
        return 'should never be seen';
      }
    }
    const schema = await buildSchema({ resolvers: [...RESOLVERS, ForgottenResolver], pubSub: NO_TOPICS });
    const apollo = new ApolloServer({ schema, plugins: [accessPlugin(schema, loadConfig({}))] });
    await apollo.start();
    const principal = { kind: 'user', id: 1, name: 'admin', role: Role.ADMIN, scopes: [], tokenId: 1 };
    const response = await apollo.executeOperation({ query: '{ forgotten }' }, { contextValue: { principal } as never });
    await apollo.stop();
    const result = response.body.kind === 'single' ? response.body.singleResult : null;
    expect(result?.data).toBeUndefined();
    expect(result?.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NO_RULE' });
  });
});

describe('schema/schema.graphql', () => {
  it('is what the code emits (run `npm run schema` after changing the API)', async () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(printSortedSchema(await appSchema()));
  });

  it('comes with schema/policies.json, the policy of every query and mutation as the code declares it (the console’s permissions)', async () => {
    expect(fs.readFileSync(POLICIES_FILE, 'utf8')).toBe(printPolicyTable(await appSchema()));
  });

  it('is what the running server serves to a signed-in caller', async () => {
    const result = await app.gql(getIntrospectionQuery({ specifiedByUrl: true }), {}, await app.tokenFor('clerk'));
    expect(result.errors).toBeUndefined();
    expect(printSortedSchema(buildClientSchema(result.data))).toBe(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  });

  it('is not served to anonymous callers in production (401)', async () => {
    const result = await app.gql(getIntrospectionQuery(), {}, null);
    expect(result.status).toBe(401);
    expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeUndefined();
    expect((await app.gql('{ __typename }', {}, null)).data).toEqual({ __typename: 'Query' });
  });

  it('nor field by field: an anonymous caller asking for what is not public is refused alike whether the field exists or not', async () => {
    const probes = ['{ owners { totalItemz } }', '{ owners { totalItems } }', '{ ownerz { totalItems } }', 'mutation { createUzer { id } }', 'query Q { users { items { passwordHash } } }'];
    const answers = await Promise.all(probes.map((query) => app.gql(query, {}, null)));
    for (const [i, answer] of answers.entries()) {
      expect([probes[i], answer.status, answer.errors]).toEqual([probes[i], 401, [expect.objectContaining({ message: answers[0].errors?.[0].message, extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) })]]);
    }
    // a public root field is validated as for anyone, without suggestions
    const publicRead = await app.gql('{ redBlackLists { totalItemz } }', {}, null);
    expect(publicRead.status).toBe(400);
    expect(publicRead.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('nor piece by piece through "Did you mean …?" in the refusals of a mistyped field, argument, enum value or input field', async () => {
    const mistyped: Array<[string, Record<string, unknown>]> = [
      ['{ ownr(id: 1) { id } }', {}],
      ['mutation { creatUser { id } }', {}],
      ['{ firms(options: { sort: { field: NAM } }) { totalItems } }', {}],
      ['{ firms(optons: {}) { totalItems } }', {}],
      // the red and black lists are public: an anonymous caller's variables are coerced
      ['query($o: RedBlackListListOptions) { redBlackLists(options: $o) { totalItems } }', { o: { sortt: { direction: 'ASC' } } }],
      ['query($o: RedBlackListListOptions) { redBlackLists(options: $o) { totalItems } }', { o: { sort: { direction: 'AS' } } }],
    ];
    const clerk = await app.tokenFor('clerk');
    for (const [query, variables] of mistyped) {
      const anonymous = await app.gql(query, variables, null);
      expect([query, anonymous.errors?.length]).toEqual([query, expect.any(Number)]);
      expect([query, JSON.stringify(anonymous.errors)]).toEqual([query, expect.not.stringContaining('Did you mean')]);
      // a signed-in caller reads the schema anyway, and is helped
      expect([query, JSON.stringify((await app.gql(query, variables, clerk)).errors)]).toEqual([query, expect.stringContaining('Did you mean')]);
    }
  });
});
