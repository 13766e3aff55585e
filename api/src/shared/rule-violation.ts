/**
 * The one error the pure rule modules throw for input that breaks a rule (a bad roll, a bad ballot).
 * It imports nothing from graphql so rules stay pure; services map `problems` to `fail.badInput` field errors.
 */
export interface RuleProblem {
  /** Stable code the console translates, e.g. BALLOT_TOO_MANY_CHOICES. */
  rule: string;
  message: string;
  /** What the problem is about: a unit id, a ballot's person key, a checklist item key. */
  subject?: string;
  /** The figures the message says (a bound, a date, a count), sent as the field error's `args` (shared/errors.ts FieldError). */
  args?: RuleArgs;
}

/** A refusal's figures by name: numbers as numbers, days as YYYY-MM-DD, lists joined by the client in its own words. */
export type RuleArgs = Record<string, string | number | readonly (string | number)[]>;

export class RuleViolationError extends Error {
  constructor(readonly problems: readonly RuleProblem[]) {
    super(problems.map((p) => (p.subject ? `${p.subject}: ${p.message}` : p.message)).join('; '));
    this.name = 'RuleViolationError';
  }
}

/** Throws when any problem was collected: callers report every problem at once, not the first only. */
export function throwIfAny(problems: readonly RuleProblem[]): void {
  if (problems.length > 0) throw new RuleViolationError(problems);
}
