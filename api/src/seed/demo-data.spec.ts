import { checkCreditCode } from '../firms/credit-code';
import { generateDemoData } from './demo-data';

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
