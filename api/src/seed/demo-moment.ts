/**
 * A day's hour in China time (UTC+8) as an ISO instant, never later than the moment of seeding: a demo's history
 * has happened (api/test/demo-history.e2e.spec.ts checks every table).
 */
export function demoMoment(date: string, hour: number): string {
  return new Date(Math.min(Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`), Date.now())).toISOString();
}
