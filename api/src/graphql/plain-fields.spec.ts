import 'reflect-metadata';
import { GraphQLFieldResolver, GraphQLObjectType } from 'graphql';
import { plainFieldReads } from './plain-fields';
import { appSchema } from './schema';

const resolverOf = async (type: string, field: string) =>
  ((await appSchema()).getType(type) as GraphQLObjectType).getFields()[field].resolve as GraphQLFieldResolver<unknown, unknown>;

describe('plain fields read their property', () => {
  it('no type-graphql basic resolver is left in the served schema (a second pass finds none to swap)', async () => {
    expect(plainFieldReads(await appSchema())).toBe(0);
  });

  it.each([
    ['Firm', 'name', { name: '湖州物业' }, '湖州物业'],
    ['Project', 'households', { households: 120 }, 120],
    ['Firm', 'submittedAt', { submittedAt: null }, null],
  ])('%s.%s is a bare read of the row', async (type, field, row, value) => {
    const resolve = await resolverOf(type, field);
    expect(resolve.toString()).not.toContain('applyMiddlewares');
    expect(resolve(row, {}, {}, {} as never)).toBe(value);
  });

  it('a field with a resolver of its own keeps it', async () => {
    const plain = (await resolverOf('Firm', 'name')).toString();
    expect((await resolverOf('Firm', 'availableActions')).toString()).not.toBe(plain);
  });
});
