/** China keeps UTC+8 all year: an instant's calendar day there. */
const CHINA_OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

/**
 * How many days after its last day a filing was (last) submitted, by China's calendar as the API's submittedLate
 * counts; null when it is not submitted or came in on time.
 */
export function daysSubmittedLate(filing: { submittedAt?: string | null; dueOn: string }): number | null {
  if (!filing.submittedAt) return null;
  const submittedOn = new Date(Date.parse(filing.submittedAt) + CHINA_OFFSET_MS).toISOString().slice(0, 10);
  const days = Math.round((Date.parse(submittedOn) - Date.parse(filing.dueOn)) / DAY_MS);
  return days > 0 ? days : null;
}
