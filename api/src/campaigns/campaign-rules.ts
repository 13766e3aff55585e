import { decimalPlacesOf, fromHundredths, toHundredths } from '../shared/decimal';
import type { IsoDate } from '../shared/iso-date';
import { RuleProblem } from '../shared/rule-violation';

/**
 * The rules of special rectification campaigns (物业专项整治行动, docs/domain-rules.md#rectification-campaigns): what a
 * campaign measures is data, and every quantity an estate reports is checked against its measure here.
 */
export enum MeasureKind {
  /** whole things: barriers (块), lights (根), lifts (部) */
  COUNT = 'COUNT',
  /** an area in m², at most two decimals */
  AREA = 'AREA',
  /** done or not (e.g. the estate's map lit): 1 or 0 */
  YES_NO = 'YES_NO',
}

/** What bounds a measure's quantity by the estate itself. */
export enum MeasureBound {
  /** no more than the lifts the estate has (Estate.elevators) */
  ESTATE_ELEVATORS = 'ESTATE_ELEVATORS',
}

export enum CampaignStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

export enum CampaignReportStatus {
  SUBMITTED = 'SUBMITTED',
  VERIFIED = 'VERIFIED',
}

/** A sane ceiling for one estate's report: far above any estate (the source report's largest is 20,000 lights city-wide). */
export const MAX_COUNT = 100_000;
/** m² of one estate's garage roads and walls (the city's 573 garages: 9,390 m² in all) */
export const MAX_AREA_HUNDREDTHS = 100_000_000; // 1,000,000.00 m²

export interface MeasureLike {
  code: string;
  kind: MeasureKind;
  bound: MeasureBound | null;
  unit: string;
}

export interface QuantityLike {
  measure: string;
  quantity: string;
}

/** A quantity problem at position `index` of the input (or null: the whole list). */
export interface QuantityProblem extends RuleProblem {
  index: number | null;
}

const CODE = /^[A-Z][A-Z0-9_]{1,39}$/;

/** A campaign's measures: at least one, codes as constants, each once, a bound only on a count. */
export function checkMeasures(measures: readonly MeasureLike[]): Array<RuleProblem & { index: number | null }> {
  const problems: Array<RuleProblem & { index: number | null }> = [];
  if (measures.length === 0) problems.push({ rule: 'MEASURE_REQUIRED', message: 'a campaign measures at least one thing', index: null });
  const seen = new Set<string>();
  measures.forEach((m, index) => {
    if (!CODE.test(m.code)) problems.push({ rule: 'MEASURE_CODE', message: 'a code is 2–40 capital letters, digits or _, starting with a letter', subject: m.code, index });
    if (seen.has(m.code)) problems.push({ rule: 'MEASURE_TWICE', message: 'named twice', subject: m.code, index });
    seen.add(m.code);
    if (m.bound !== null && m.kind !== MeasureKind.COUNT) problems.push({ rule: 'BOUND_ON_COUNT', message: 'only a count is bounded by the estate', subject: m.code, index });
  });
  return problems;
}

/** A campaign's dates: the end not before the start, the year one the campaign runs in. */
export function checkCampaignDates(startsOn: IsoDate, endsOn: IsoDate, year: number): RuleProblem | null {
  if (endsOn < startsOn) return { rule: 'DATES_ORDER', message: `must not be before the start (${startsOn})`, args: { startsOn } };
  if (year < Number(startsOn.slice(0, 4)) || year > Number(endsOn.slice(0, 4))) return { rule: 'YEAR_OUTSIDE_DATES', message: `must be a year from ${startsOn.slice(0, 4)} to ${endsOn.slice(0, 4)}`, args: { min: Number(startsOn.slice(0, 4)), max: Number(endsOn.slice(0, 4)) } };
  return null;
}

/** The day the work was completed: within the campaign's dates, and not in the future. */
export function checkCompletedOn(day: IsoDate, campaign: { startsOn: IsoDate; endsOn: IsoDate }, today: IsoDate): RuleProblem | null {
  if (day > today) return { rule: 'NOT_FUTURE', message: 'must not be in the future: work is reported once done' };
  if (day < campaign.startsOn || day > campaign.endsOn) {
    return { rule: 'OUTSIDE_CAMPAIGN', message: `must be within the campaign (${campaign.startsOn} to ${campaign.endsOn})`, args: { startsOn: campaign.startsOn, endsOn: campaign.endsOn } };
  }
  return null;
}

/** One quantity against its measure and the estate (null when it holds). */
export function checkQuantity(measure: MeasureLike, quantity: string, estate: { elevators: number }): RuleProblem | null {
  const places = decimalPlacesOf(quantity);
  if (places === null) return { rule: 'NOT_A_NUMBER', message: 'must be a plain number' };
  if (quantity.trim().startsWith('-')) return { rule: 'NEGATIVE', message: 'must not be negative' };
  if (measure.kind === MeasureKind.AREA) {
    if (places > 2) return { rule: 'DECIMAL_PLACES', message: 'must have at most 2 decimal places: an area keeps 2, and is never rounded' };
    if (toHundredths(quantity) > MAX_AREA_HUNDREDTHS) return { rule: 'TOO_LARGE', message: `must be at most ${MAX_AREA_HUNDREDTHS / 100} ${measure.unit}`, args: { max: MAX_AREA_HUNDREDTHS / 100, unit: measure.unit } };
    return null;
  }
  if (places > 0) return { rule: 'WHOLE_NUMBER', message: 'must be a whole number' };
  const value = toHundredths(quantity) / 100;
  if (measure.kind === MeasureKind.YES_NO) return value === 0 || value === 1 ? null : { rule: 'YES_NO', message: 'must be 1 (done) or 0 (not done)' };
  if (value > MAX_COUNT) return { rule: 'TOO_LARGE', message: `must be at most ${MAX_COUNT} ${measure.unit}`, args: { max: MAX_COUNT, unit: measure.unit } };
  if (measure.bound === MeasureBound.ESTATE_ELEVATORS && value > estate.elevators) {
    return { rule: 'MORE_THAN_ESTATE_LIFTS', message: `must not be more than the estate's ${estate.elevators} lifts`, args: { max: estate.elevators } };
  }
  return null;
}

/** A report's quantities: every measure of the campaign once, none it does not have, each valid. */
export function checkQuantities(measures: readonly MeasureLike[], quantities: readonly QuantityLike[], estate: { elevators: number }): QuantityProblem[] {
  const problems: QuantityProblem[] = [];
  const byCode = new Map(measures.map((m) => [m.code, m]));
  const seen = new Set<string>();
  quantities.forEach((q, index) => {
    const measure = byCode.get(q.measure);
    if (!measure) return void problems.push({ rule: 'MEASURE_UNKNOWN', message: 'is not a measure of this campaign', subject: q.measure, index });
    if (seen.has(q.measure)) return void problems.push({ rule: 'MEASURE_TWICE', message: 'reported twice', subject: q.measure, index });
    seen.add(q.measure);
    const problem = checkQuantity(measure, q.quantity, estate);
    if (problem) problems.push({ ...problem, subject: q.measure, index });
  });
  for (const m of measures) {
    if (!seen.has(m.code) && !quantities.some((q) => q.measure === m.code)) problems.push({ rule: 'MEASURE_MISSING', message: 'is not reported (report 0 for none)', subject: m.code, index: null });
  }
  return problems;
}

/** Why the caller may not verify a report, or null when they may (the maker-checker rule first: it explains the most). */
export function verifyRefusal(report: { status: CampaignReportStatus; reportedById: number }, callerId: number | null, callerIsOfficer: boolean): string | null {
  if (report.status === CampaignReportStatus.VERIFIED) return 'REPORT_VERIFIED';
  if (!callerIsOfficer || callerId === null) return 'ROLE';
  if (report.reportedById === callerId) return 'MAKER_CHECKER';
  return null;
}

/** A quantity as PostgreSQL's numeric(12,2) keeps it, shown as its measure counts: "35.00" lights are 35, an area keeps its 2 decimals. */
export function shownQuantity(kind: MeasureKind, stored: string): string {
  if (kind === MeasureKind.AREA) return fromHundredths(toHundredths(stored));
  return String(toHundredths(stored) / 100);
}
