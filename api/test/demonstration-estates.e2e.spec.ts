import { startTestApp, TestApp } from './harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const ESTATES = `query Estates($options: EstateListOptions) {
  estates(options: $options) { totalItems items { id demonstrations { level year documentNumber } } } }`;

describe('demonstration estates (红色物业示范小区)', () => {
  it('the demo names 240 estates at city level, 42 of them at provincial level, and the list filters by level', async () => {
    const city = await app.as('clerk', ESTATES, { options: { take: 200, filter: { demonstrationLevel: 'CITY' } } });
    const provincial = await app.as('clerk', ESTATES, { options: { take: 200, filter: { demonstrationLevel: 'PROVINCIAL' } } });
    expect([city.estates.totalItems, provincial.estates.totalItems]).toEqual([240, 42]);
    for (const estate of provincial.estates.items) {
      const levels = estate.demonstrations.map((d: { level: string }) => d.level);
      expect(levels).toEqual(['CITY', 'PROVINCIAL']);
      const [cityYear, provincialYear] = estate.demonstrations.map((d: { year: number }) => d.year);
      expect(provincialYear).toBeGreaterThan(cityYear);
      expect(estate.demonstrations[1].documentNumber).toMatch(/^浙建房〔\d{4}〕\d+号$/);
    }
    const wrong = await app.gql(ESTATES, { options: { filter: { demonstrationLevel: 'COUNTY' } } }, await app.tokenFor('clerk'));
    expect(wrong.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('designations come with a page of estates in one statement, whatever its size', async () => {
    const token = await app.tokenFor('clerk');
    const small = await app.gql(ESTATES, { options: { take: 5 } }, token);
    const large = await app.gql(ESTATES, { options: { take: 100 } }, token);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });
});
