import { EntityManager } from 'typeorm';
import type { DemoData } from './demo-data';
import { insertRows } from './insert-rows';
import { Prng } from './prng';

/**
 * Demonstration estates (docs/domain-rules.md#demonstration-estates): at scale 1, 240 of the 400 estates are
 * city demonstration estates, and 42 of those were later also named by the province. One statement.
 */
export async function seedDemonstrationDemo(em: EntityManager, data: DemoData, rng: Prng): Promise<{ demonstrationEstates: number; provincial: number }> {
  const cityCount = Math.round(data.estates.length * 0.6);
  const provincialCount = Math.round(data.estates.length * 0.105);
  // a shuffled copy: designations spread over every district
  const estates = [...data.estates];
  for (let i = estates.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [estates[i], estates[j]] = [estates[j], estates[i]];
  }
  const rows: Array<{ estateId: number; level: string; year: number; documentNumber: string }> = [];
  const serial = new Map<string, number>();
  const documentOf = (prefix: string, year: number) => {
    const key = `${prefix}${year}`;
    if (!serial.has(key)) serial.set(key, rng.int(3, 40));
    return `${prefix}〔${year}〕${serial.get(key)}号`;
  };
  estates.slice(0, cityCount).forEach((estate, n) => {
    const cityYear = rng.int(2019, 2024);
    rows.push({ estateId: estate.id, level: 'CITY', year: cityYear, documentNumber: documentOf('湖建发', cityYear) });
    if (n < provincialCount) {
      const provincialYear = Math.min(2025, cityYear + rng.int(1, 2));
      rows.push({ estateId: estate.id, level: 'PROVINCIAL', year: provincialYear, documentNumber: documentOf('浙建房', provincialYear) });
    }
  });
  await insertRows(em, 'demonstration_designation', rows);
  return { demonstrationEstates: cityCount, provincial: provincialCount };
}
