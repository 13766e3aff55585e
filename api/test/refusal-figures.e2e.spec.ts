import { startTestApp, TestApp } from './harness';
import { CREATE_FIRM, CREATE_PROJECT, firmInput, LIST_FIRMS, projectInput } from './operations';

/**
 * A refusal whose words carry figures (a bound, a count) sends them as values in the field error's `args`
 * (docs/integrators.md#refusal-figures), whichever check refused it: an input class's own rule (TextLength, DecimalRange,
 * class-validator's @Min and @Max) or a list's options. A client words them without reading the English message.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const fieldErrorsOf = (r: { errors?: ReadonlyArray<{ extensions?: Record<string, any> }> }) => r.errors?.[0].extensions?.fieldErrors;

describe('the figures of a refused input, as args', () => {
  it.each<[string, () => Promise<unknown>, Record<string, unknown>]>([
    ['LENGTH (TextLength 2 to 100) on a firm’s name', async () => app.gql(CREATE_FIRM, { input: firmInput({ name: '湖'.repeat(101) }) }, await app.tokenFor('clerk')), { field: 'name', rule: 'LENGTH', args: { min: 2, max: 100 } }],
    ['RANGE (DecimalRange 0 to 99.99) on a project’s fee', async () => app.gql(CREATE_PROJECT, { input: projectInput({ residentialFee: '100.00' }) }, await app.tokenFor('clerk')), { field: 'residentialFee', rule: 'RANGE', args: { min: 0, max: 99.99 } }],
    ['DECIMAL_PLACES (DecimalPlaces 2) on a project’s fee', async () => app.gql(CREATE_PROJECT, { input: projectInput({ residentialFee: '1.234' }) }, await app.tokenFor('clerk')), { field: 'residentialFee', rule: 'DECIMAL_PLACES', args: { places: 2 } }],
    ['RANGE (class-validator @Max) on a project’s households', async () => app.gql(CREATE_PROJECT, { input: projectInput({ households: 100_001 }) }, await app.tokenFor('clerk')), { field: 'households', rule: 'RANGE', args: { max: 100_000 } }],
    ['TAKE_RANGE on a list’s options', async () => app.gql(LIST_FIRMS, { options: { take: 0 } }, await app.tokenFor('clerk')), { field: 'options.take', rule: 'TAKE_RANGE', args: { min: 1, max: expect.any(Number) } }],
  ])('%s', async (_what, send, expected) => {
    expect(fieldErrorsOf((await send()) as never)).toEqual([expect.objectContaining(expected)]);
  });

  it('sends no args where the words carry no figure', async () => {
    const r = await app.gql(CREATE_FIRM, { input: firmInput({ contactPhone: 'not a phone' }) }, await app.tokenFor('clerk'));
    const [problem] = fieldErrorsOf(r as never);
    expect(problem).toMatchObject({ field: 'contactPhone', rule: 'PHONE' });
    expect(problem).not.toHaveProperty('args');
  });
});
