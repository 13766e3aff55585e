import { getIntrospectionQuery } from 'graphql';
import { startTestApp, TestApp } from './harness';

/**
 * The schema's answers kept per text, operation name and variables (docs/architecture.md#response-cache): the same
 * answer as executed, for every admitted caller, never for a refused one, and never for an operation that also
 * asks for anything but the schema.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const scrape = async () => {
  const text = await (await fetch(`${app.baseUrl}/metrics`)).text();
  const value = (outcome: string) => Number(new RegExp(`^wuye_introspection_answers_total\\{outcome="${outcome}"\\} (\\S+)$`, 'm').exec(text)?.[1] ?? 0);
  return { hit: value('hit'), miss: value('miss') };
};

const TYPE = 'query TypeOf($name: String!) { __type(name: $name) { name fields { name } } }';

it('answers the full introspection once executed, the same for every signed-in role', async () => {
  const before = await scrape();
  const first = await app.gql(getIntrospectionQuery(), {}, await app.tokenFor('clerk'));
  expect(first.errors).toBeUndefined();
  expect(first.data.__schema.types.length).toBeGreaterThan(100);
  const again = await app.gql(getIntrospectionQuery(), {}, await app.tokenFor('manager'));
  expect(again).toEqual(first);
  const after = await scrape();
  expect(after.miss - before.miss).toBe(1);
  expect(after.hit - before.hit).toBe(1);
});

it('keeps one answer per variables: the type asked for', async () => {
  const token = await app.tokenFor('officer');
  const before = await scrape();
  const firm = await app.gql(TYPE, { name: 'Firm' }, token);
  const project = await app.gql(TYPE, { name: 'Project' }, token);
  const firmAgain = await app.gql(TYPE, { name: 'Firm' }, token);
  expect(firm.data.__type.name).toBe('Firm');
  expect(project.data.__type.name).toBe('Project');
  expect(firmAgain).toEqual(firm);
  const after = await scrape();
  expect(after.miss - before.miss).toBe(2);
  expect(after.hit - before.hit).toBe(1);
});

it('never answers a caller the access plugin refuses, though the answer is held', async () => {
  await app.gql(getIntrospectionQuery(), {}, await app.tokenFor('clerk'));
  const before = await scrape();
  const anonymous = await app.gql(getIntrospectionQuery(), {}, null);
  expect(anonymous.data).toBeUndefined();
  expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  const revoked = await app.gql(getIntrospectionQuery(), {}, 'not-a-token');
  expect(revoked.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  expect(await scrape()).toEqual(before);
});

it('executes an operation that asks for the schema and for records, every time', async () => {
  const token = await app.tokenFor('clerk');
  const query = '{ __schema { queryType { name } } firms(options: { take: 1 }) { totalItems } }';
  const before = await scrape();
  const first = await app.gql(query, {}, token);
  const second = await app.gql(query, {}, token);
  expect(first.errors).toBeUndefined();
  expect(second.data).toEqual(first.data);
  expect(await scrape()).toEqual(before);
});
