import { checkCampaignDates, checkCompletedOn, checkMeasures, checkQuantities, checkQuantity, CampaignReportStatus, MeasureBound, MeasureKind, shownQuantity, verifyRefusal } from './campaign-rules';

const barriers = { code: 'FLOOD_BARRIERS', kind: MeasureKind.COUNT, bound: null, unit: '块' };
const area = { code: 'REPAIRED_AREA', kind: MeasureKind.AREA, bound: null, unit: '平方米' };
const lifts = { code: 'LIFTS_INSPECTED', kind: MeasureKind.COUNT, bound: MeasureBound.ESTATE_ELEVATORS, unit: '部' };
const map = { code: 'MAP_LIT', kind: MeasureKind.YES_NO, bound: null, unit: '个' };
const estate = { elevators: 12 };

describe('one quantity against its measure (docs/domain-rules.md#rectification-campaigns)', () => {
  it.each([
    [barriers, '0', null],
    [barriers, '35', null],
    [barriers, '100000', null],
    [barriers, '100001', 'TOO_LARGE'],
    [barriers, '3.5', 'WHOLE_NUMBER'],
    [barriers, '3.0', null],
    [barriers, '-1', 'NEGATIVE'],
    [barriers, '1e3', 'NOT_A_NUMBER'],
    [barriers, 'abc', 'NOT_A_NUMBER'],
    [area, '16.38', null],
    [area, '16.385', 'DECIMAL_PLACES'],
    [area, '1000000.00', null],
    [area, '1000000.01', 'TOO_LARGE'],
    [area, '-0.01', 'NEGATIVE'],
    [lifts, '12', null],
    [lifts, '13', 'MORE_THAN_ESTATE_LIFTS'],
    [map, '1', null],
    [map, '0', null],
    [map, '2', 'YES_NO'],
    [map, '0.5', 'WHOLE_NUMBER'],
  ])('%o: %s → %s', (measure, quantity, rule) => {
    expect(checkQuantity(measure, quantity, estate)?.rule ?? null).toBe(rule);
  });
});

describe('a report’s quantities: every measure once', () => {
  it.each([
    ['all given', [{ measure: 'FLOOD_BARRIERS', quantity: '4' }, { measure: 'REPAIRED_AREA', quantity: '20.5' }], []],
    ['one missing', [{ measure: 'FLOOD_BARRIERS', quantity: '4' }], ['MEASURE_MISSING']],
    ['one twice', [{ measure: 'FLOOD_BARRIERS', quantity: '4' }, { measure: 'FLOOD_BARRIERS', quantity: '5' }, { measure: 'REPAIRED_AREA', quantity: '1' }], ['MEASURE_TWICE']],
    ['an unknown one', [{ measure: 'FLOOD_BARRIERS', quantity: '4' }, { measure: 'REPAIRED_AREA', quantity: '1' }, { measure: 'LED', quantity: '1' }], ['MEASURE_UNKNOWN']],
    ['every problem at once', [{ measure: 'FLOOD_BARRIERS', quantity: '-4' }], ['NEGATIVE', 'MEASURE_MISSING']],
  ])('%s', (_name, quantities, rules) => {
    expect(checkQuantities([barriers, area], quantities, estate).map((p) => p.rule)).toEqual(rules);
  });
});

describe('a campaign’s measures and dates', () => {
  it.each([
    [[barriers, area], []],
    [[], ['MEASURE_REQUIRED']],
    [[barriers, barriers], ['MEASURE_TWICE']],
    [[{ ...barriers, code: 'flood' }], ['MEASURE_CODE']],
    [[{ ...area, bound: MeasureBound.ESTATE_ELEVATORS }], ['BOUND_ON_COUNT']],
  ])('%o → %o', (measures, rules) => {
    expect(checkMeasures(measures).map((p) => p.rule)).toEqual(rules);
  });

  it.each([
    ['2022-06-01', '2023-12-31', 2022, null],
    ['2022-06-01', '2023-12-31', 2023, null],
    ['2022-06-01', '2022-05-31', 2022, 'DATES_ORDER'],
    ['2022-06-01', '2023-12-31', 2024, 'YEAR_OUTSIDE_DATES'],
  ])('%s – %s (%i) → %s', (startsOn, endsOn, year, rule) => {
    expect(checkCampaignDates(startsOn, endsOn, year)?.rule ?? null).toBe(rule);
  });

  it.each([
    ['2022-06-01', null],
    ['2023-12-31', null],
    ['2022-05-31', 'OUTSIDE_CAMPAIGN'],
    ['2024-01-01', 'OUTSIDE_CAMPAIGN'],
    ['2030-01-01', 'NOT_FUTURE'],
  ])('completed on %s → %s', (day, rule) => {
    expect(checkCompletedOn(day, { startsOn: '2022-06-01', endsOn: '2023-12-31' }, '2026-12-06')?.rule ?? null).toBe(rule);
  });
});

describe('who verifies (maker-checker)', () => {
  it.each([
    [CampaignReportStatus.SUBMITTED, 1, 2, true, null],
    [CampaignReportStatus.SUBMITTED, 1, 1, true, 'MAKER_CHECKER'],
    [CampaignReportStatus.VERIFIED, 1, 2, true, 'REPORT_VERIFIED'],
    [CampaignReportStatus.SUBMITTED, 1, 2, false, 'ROLE'],
  ])('%s by %i, caller %i (officer %s) → %s', (status, reportedById, caller, officer, refusal) => {
    expect(verifyRefusal({ status, reportedById }, caller, officer)).toBe(refusal);
  });
});

it.each([
  [MeasureKind.COUNT, '35.00', '35'],
  [MeasureKind.YES_NO, '1.00', '1'],
  [MeasureKind.AREA, '16.4', '16.40'],
])('a %s stored as %s is shown as %s', (kind, stored, shown) => {
  expect(shownQuantity(kind, stored)).toBe(shown);
});
