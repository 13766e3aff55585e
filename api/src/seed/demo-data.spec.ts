import { checkCreditCode } from '../firms/credit-code';
import { addDays, daysBetween } from '../shared/iso-date';
import { DEMO_SEED, DEMO_TODAY, generateDemoData } from './demo-data';

describe('the Huzhou demo data', () => {
  const data = generateDemoData(1);

  it('has the authority’s own figures: 105 firms, 380 projects, about 400 estates', () => {
    expect(data.firms).toHaveLength(105);
    expect(data.projects).toHaveLength(380);
    expect(data.estates).toHaveLength(400);
  });

  it('has Huzhou’s two districts and three counties with their GB/T 2260 codes', () => {
    expect(data.districts.map((d) => `${d.code} ${d.name}`)).toEqual([
      '330502 吴兴区',
      '330503 南浔区',
      '330521 德清县',
      '330522 长兴县',
      '330523 安吉县',
    ]);
    expect(data.subdistricts.find((s) => s.name === '湖东街道')?.districtId).toBe(1);
  });

  it('is the same on every run (seeded PRNG)', () => {
    expect(generateDemoData(1)).toEqual(data);
  });

  it.each([1, 400, 3 * 365 + 40])('seeded %i days later, is the same registry with every date moved by as many days', (days) => {
    const later = generateDemoData(1, DEMO_SEED, addDays(DEMO_TODAY, days));
    const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value);
    for (const table of ['districts', 'subdistricts', 'communities', 'estates', 'firms', 'projects'] as const) {
      expect(later[table]).toHaveLength(data[table].length);
      data[table].forEach((row, i) => {
        const moved = later[table][i] as unknown as Record<string, unknown>;
        const shiftOf = (field: string) => daysBetween(String((row as unknown as Record<string, unknown>)[field]).slice(0, 10), String(moved[field]).slice(0, 10));
        // a contract runs whole years, the one before it too: a 29 February in between moves its start (and the
        // filing dates counted from it) or its end a day more or less
        const rowShift = 'contractStart' in row ? shiftOf('contractStart') : days;
        expect(Math.abs(rowShift - days)).toBeLessThanOrEqual(1);
        for (const [field, value] of Object.entries(row)) {
          if (isDate(value)) {
            if (field === 'contractEnd') expect(Math.abs(shiftOf(field) - rowShift)).toBeLessThanOrEqual(1);
            else expect([field, shiftOf(field)]).toEqual([field, rowShift]);
            expect(String(moved[field]).slice(10)).toBe(value.slice(10));
          } else if (field === 'filingNumber' && value) {
            // numbered within the year it was decided in, as the registry numbers them
            expect(moved[field]).toMatch(new RegExp(`^${value.slice(0, 4)}〔${String(moved.decidedAt).slice(0, 4)}〕\\d{4}号$`));
          } else {
            expect([field, moved[field]]).toEqual([field, value]);
          }
        }
      });
    }
  });

  it('gives every firm a valid, unique credit code from its own district', () => {
    const codes = data.firms.map((f) => f.creditCode);
    expect(codes.filter((c) => checkCreditCode(c) !== null)).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
    for (const firm of data.firms) expect(firm.creditCode.slice(2, 8)).toBe(data.districts[firm.districtId - 1].code);
  });

  it('puts most filings in APPROVED and some in every other state', () => {
    for (const rows of [data.firms, data.projects]) {
      const byStatus = new Map<string, number>();
      for (const row of rows) byStatus.set(row.filingStatus, (byStatus.get(row.filingStatus) ?? 0) + 1);
      expect(byStatus.get('APPROVED')! / rows.length).toBeGreaterThan(0.8);
      for (const status of ['DRAFT', 'SUBMITTED', 'RETURNED', 'REVOKED']) expect(byStatus.get(status)).toBeGreaterThan(0);
    }
  });

  it('never lets two approved projects of one estate overlap (the database would refuse them)', () => {
    const approved = data.projects.filter((p) => p.filingStatus === 'APPROVED');
    for (const a of approved) {
      for (const b of approved) {
        if (a.id < b.id && a.estateId === b.estateId) {
          expect(a.contractEnd < b.contractStart || b.contractEnd < a.contractStart).toBe(true);
        }
      }
    }
  });

  it('files approved projects only under approved, active firms', () => {
    const firms = new Map(data.firms.map((f) => [f.id, f]));
    for (const p of data.projects.filter((p) => p.filingStatus === 'APPROVED')) {
      expect(firms.get(p.firmId)).toMatchObject({ filingStatus: 'APPROVED', status: 'ACTIVE' });
    }
  });

  it('has realistic fees, mostly 1.69–1.99 元/m²/月', () => {
    const fees = data.projects.map((p) => Number(p.residentialFee));
    expect(Math.min(...fees)).toBeGreaterThanOrEqual(0.6);
    expect(Math.max(...fees)).toBeLessThanOrEqual(3.8);
    expect(fees.filter((f) => f >= 1.69 && f <= 1.99).length / fees.length).toBeGreaterThan(0.5);
  });

  it('includes the story’s estates: 龙庭小区 with 428 households, 东郡红树湾 in 湖东街道', () => {
    expect(data.estates.find((e) => e.name === '龙庭小区')?.households).toBe(428);
    const hongshuwan = data.estates.find((e) => e.name === '东郡红树湾')!;
    const community = data.communities.find((c) => c.id === hongshuwan.communityId)!;
    expect(data.subdistricts.find((s) => s.id === community.subdistrictId)?.name).toBe('湖东街道');
  });

  it('issues filing numbers only to approved or revoked filings, each unique', () => {
    for (const rows of [data.firms, data.projects]) {
      const numbers = rows.filter((r) => r.filingNumber).map((r) => r.filingNumber);
      expect(new Set(numbers).size).toBe(numbers.length);
      for (const r of rows) expect(!!r.filingNumber).toBe(r.filingStatus === 'APPROVED' || r.filingStatus === 'REVOKED');
    }
  });

  it('scales for the benchmark', () => {
    const scaled = generateDemoData(3);
    expect([scaled.firms.length, scaled.projects.length, scaled.estates.length]).toEqual([315, 1140, 1200]);
  });
});
