import { getNamedType, GraphQLEnumType, GraphQLInputObjectType, isEnumType, isNonNullType, isObjectType } from 'graphql';
import { appSchema } from '../src/graphql/schema';
import { isListContract } from '../src/graphql/query-limits';
import { startTestApp, TestApp } from './harness';
import { LIST_FIRM_IDS, LIST_FIRMS, NESTED_PROJECTS } from './operations';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const firms = async (options: Record<string, unknown>, username = 'manager') => (await app.as(username, LIST_FIRMS, { options })).firms;

describe('the list contract', () => {
  it('pages with skip and take and counts the whole filtered set', async () => {
    const first = await firms({ take: 10, sort: { field: 'NAME', direction: 'ASC' } });
    const second = await firms({ take: 10, skip: 10, sort: { field: 'NAME', direction: 'ASC' } });
    expect(first.items).toHaveLength(10);
    expect(first.totalItems).toBe(105);
    expect(second.totalItems).toBe(105);
    const ids = [...first.items, ...second.items].map((f: { id: string }) => f.id);
    expect(new Set(ids).size).toBe(20);
  });

  it('sorts both ways', async () => {
    const asc = await firms({ take: 200, sort: { field: 'CREDIT_CODE', direction: 'ASC' } });
    const desc = await firms({ take: 200, sort: { field: 'CREDIT_CODE', direction: 'DESC' } });
    const codes = asc.items.map((f: { creditCode: string }) => f.creditCode);
    expect(codes).toEqual([...codes].sort());
    expect(desc.items.map((f: { creditCode: string }) => f.creditCode)).toEqual([...codes].reverse());
  });

  it('reads every row exactly once by following nextCursor, whatever the sort', async () => {
    for (const sort of [{ field: 'NAME', direction: 'ASC' }, { field: 'UPDATED_AT', direction: 'DESC' }, { field: 'ID', direction: 'ASC' }] as const) {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const page: { nextCursor: string | null; items: Array<{ id: string }> } = (
          await app.as('manager', LIST_FIRM_IDS, { options: { take: 7, sort, after } })
        ).firms;
        seen.push(...page.items.map((f) => f.id));
        after = page.nextCursor;
        pages++;
      } while (after && pages < 100);
      expect(seen).toHaveLength(105);
      expect(new Set(seen).size).toBe(105);
      expect(pages).toBe(15); // 105 / 7, and no empty last page
    }
  });

  it('filters by name, credit code prefix, district, status and ids', async () => {
    const all = await firms({ take: 200 });
    const sample = all.items[3];
    expect((await firms({ filter: { name: sample.name.slice(2, 6) } })).items.map((f: { id: string }) => f.id)).toContain(sample.id);
    const byCode = await firms({ filter: { creditCode: sample.creditCode.slice(0, 12).toLowerCase() } });
    expect(byCode.items.every((f: { creditCode: string }) => f.creditCode.startsWith(sample.creditCode.slice(0, 12)))).toBe(true);
    const inDistrict = await firms({ take: 200, filter: { districtId: '1' } });
    expect(inDistrict.totalItems).toBeGreaterThan(0);
    expect(inDistrict.items.every((f: { districtId: string }) => f.districtId === '1')).toBe(true);
    const approved = await firms({ take: 200, filter: { filingStatus: 'APPROVED' } });
    expect(approved.items.every((f: { filingStatus: string }) => f.filingStatus === 'APPROVED')).toBe(true);
    const byIds = await firms({ filter: { ids: [all.items[0].id, all.items[5].id] } });
    expect(byIds.items.map((f: { id: string }) => f.id).sort()).toEqual([all.items[0].id, all.items[5].id].sort());
  });

  it('treats LIKE wildcards in a name filter as plain characters', async () => {
    expect((await firms({ filter: { name: '%' } })).totalItems).toBe(0);
  });

  it('returns only rows changed after updatedAfter (for sync)', async () => {
    const [{ max }] = await app.ds.query(`SELECT max(updated_at) AS max FROM firm`);
    expect((await firms({ filter: { updatedAfter: new Date(max).toISOString() } })).totalItems).toBe(0);
    await app.ds.query(`UPDATE firm SET legal_representative = legal_representative WHERE id = 5`);
    const changed = await firms({ filter: { updatedAfter: new Date(max).toISOString() } });
    expect(changed.items.map((f: { id: string }) => f.id)).toEqual(['5']);
  });

  it.each([
    [{ take: 201 }, 'options.take'],
    [{ take: 0 }, 'options.take'],
    [{ skip: -1 }, 'options.skip'],
    [{ after: 'not-a-cursor' }, 'options.after'],
    [{ filter: { ids: ['x1'] } }, 'options.filter.ids[0]'],
  ])('refuses %j with BAD_USER_INPUT on %s', async (options, field) => {
    const result = await app.gql(LIST_FIRMS, { options }, await app.tokenFor('manager'));
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field }] });
  });
});

describe('enum filters', () => {
  it('every list filters by each value of each of its enum fields, and returns only rows with that value', async () => {
    const schema = await appSchema();
    const checked: string[] = [];
    let matched = 0;
    for (const field of Object.values(schema.getQueryType()!.getFields())) {
      const options = field.args.find((arg) => arg.name === 'options');
      if (!options || !isListContract(getNamedType(field.type)) || field.args.some((arg) => isNonNullType(arg.type))) continue;
      const filterType = getNamedType((getNamedType(options.type) as GraphQLInputObjectType).getFields().filter?.type);
      if (!filterType) continue;
      const listType = getNamedType(field.type);
      const itemType = isObjectType(listType) ? getNamedType(listType.getFields().items.type) : null;
      const itemFields = itemType && isObjectType(itemType) ? itemType.getFields() : {};
      for (const filterField of Object.values((filterType as GraphQLInputObjectType).getFields())) {
        const enumType = getNamedType(filterField.type);
        if (!isEnumType(enumType)) continue;
        // the item's field of the same name and type, when it has one, shows what each row holds
        const shown = itemFields[filterField.name] && getNamedType(itemFields[filterField.name].type) === enumType ? filterField.name : null;
        const query = `query L($o: ${getNamedType(options.type).name}) { list: ${field.name}(options: $o) { totalItems items { id ${shown ?? ''} } } }`;
        for (const value of (enumType as GraphQLEnumType).getValues()) {
          let answered = false;
          for (const username of ['manager', 'admin', 'officer']) {
            const result = await app.gql(query, { o: { take: 50, filter: { [filterField.name]: value.name } } }, await app.tokenFor(username));
            if (result.errors?.[0].extensions.code === 'FORBIDDEN') continue;
            expect({ list: field.name, filter: filterField.name, value: value.name, errors: result.errors }).toEqual({ list: field.name, filter: filterField.name, value: value.name, errors: undefined });
            if (shown) for (const item of result.data.list.items) expect([field.name, item[shown]]).toEqual([field.name, value.name]);
            matched += result.data.list.items.length;
            answered = true;
            break;
          }
          if (answered) checked.push(`${field.name}.${filterField.name}=${value.name}`);
        }
      }
    }
    expect(checked).toEqual(expect.arrayContaining(['firms.filingStatus=APPROVED', 'firms.status=ACTIVE', 'projects.selectionMethod=TENDER', 'users.role=OFFICER', 'elections.phase=CERTIFIED']));
    expect(matched).toBeGreaterThan(0);
  });
});

describe('the cost of a nested list', () => {
  it('runs the same number of SQL statements for take 5 and take 100', async () => {
    const token = await app.tokenFor('manager');
    const small = await app.gql(NESTED_PROJECTS, { take: 5 }, token);
    const large = await app.gql(NESTED_PROJECTS, { take: 100 }, token);
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(small.data.projects.items).toHaveLength(5);
    expect(large.data.projects.items).toHaveLength(100);
    expect(large.data.projects.items[0].estate.district.code).toMatch(/^3305\d\d$/);
    expect(Number.isInteger(large.sqlStatements)).toBe(true);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    // the token, then the page compiled into one statement with its relations and its count (shared/read-plan.ts)
    expect(large.sqlStatements).toBe(2);
  });

  it('counts in the page’s statement, by cursor too; read by loaders, skips the count when totalItems is not asked for', async () => {
    const token = await app.tokenFor('manager');
    const first = await app.gql(`{ firms(options: { take: 3 }) { nextCursor } }`, {}, token);
    const after = first.data.firms.nextCursor;
    const page = (selection: string) => app.gql(`query($a: String) { firms(options: { take: 3, after: $a }) { ${selection} } }`, { a: after }, token);
    // compiled: the count is a subquery of the page's own statement (shared/read-plan.ts), after a cursor as well
    const withTotal = await page('totalItems items { id }');
    const withoutTotal = await page('items { id }');
    expect(withTotal.data.firms.totalItems).toBe(105);
    expect([withTotal.sqlStatements, withoutTotal.sqlStatements]).toEqual([2, 2]);
    // a field only a loader reads (placements) sends the list through findList: the count is a statement of its own
    const loaderWithTotal = await page('totalItems items { id redBlackPlacements { quarter } }');
    const loaderWithoutTotal = await page('items { id redBlackPlacements { quarter } }');
    expect(loaderWithTotal.data.firms.totalItems).toBe(105);
    expect(loaderWithoutTotal.sqlStatements).toBe(loaderWithTotal.sqlStatements - 1);
    expect(loaderWithTotal.data.firms.items.map((f: { id: string }) => f.id)).toEqual(withTotal.data.firms.items.map((f: { id: string }) => f.id));
  });

  it('an empty page after the last cursor still counts the filtered set', async () => {
    const token = await app.tokenFor('manager');
    const all = (await app.gql(`{ firms(options: { take: 200 }) { items { id } } }`, {}, token)).data.firms.items.map((f: { id: string }) => f.id);
    const ids = all.slice(0, 10);
    // the cursor after the tenth (read among eleven): past the last of the ten the filter keeps, the page is empty
    // and carries no count from its statement; the total is still ten
    const cursorOfLast = (await app.gql(`query($ids: [ID!]) { firms(options: { take: 10, filter: { ids: $ids } }) { nextCursor } }`, { ids: all.slice(0, 11) }, token)).data.firms.nextCursor;
    const empty = await app.gql(`query($ids: [ID!], $a: String) { firms(options: { take: 5, after: $a, filter: { ids: $ids } }) { totalItems nextCursor items { id } } }`, { ids, a: cursorOfLast }, token);
    expect(empty.errors).toBeUndefined();
    expect(empty.data.firms).toEqual({ totalItems: 10, nextCursor: null, items: [] });
  });
});
