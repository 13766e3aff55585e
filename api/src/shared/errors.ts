import { GraphQLError } from 'graphql';
import type { RuleArgs, RuleProblem, RuleViolationError } from './rule-violation';

/** Every error a client can see carries one of these codes in `extensions.code` (listed in the README). */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  CONTRACT_OVERLAP = 'CONTRACT_OVERLAP',
  ALREADY_EXISTS = 'ALREADY_EXISTS',
  RATE_LIMITED = 'RATE_LIMITED',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** One problem with one input field; `rule` is stable (the console translates it), `message` is for humans. */
export interface FieldError {
  field: string;
  rule: string;
  message: string;
  /**
   * the figures the message says (a bound, a date, a count, the record in the way), so a client can say them in its own
   * words without reading the English message (docs/integrators.md#refusal-figures lists their names)
   */
  args?: RuleArgs;
}

/** HTTP status for errors raised before execution; the switch fails to compile when a code is missed. */
export function httpStatusFor(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.BAD_USER_INPUT:
    case ErrorCode.QUERY_TOO_COMPLEX:
      return 400;
    case ErrorCode.UNAUTHENTICATED:
      return 401;
    case ErrorCode.FORBIDDEN:
      return 403;
    case ErrorCode.NOT_FOUND:
      return 404;
    case ErrorCode.CONFLICT:
    case ErrorCode.INVALID_TRANSITION:
    case ErrorCode.CONTRACT_OVERLAP:
    case ErrorCode.ALREADY_EXISTS:
      return 409;
    case ErrorCode.PAYLOAD_TOO_LARGE:
      return 413;
    case ErrorCode.RATE_LIMITED:
      return 429;
    case ErrorCode.INTERNAL_SERVER_ERROR:
      return 500;
    default: {
      const missed: never = code;
      throw new Error(`no HTTP status for ${String(missed)}`);
    }
  }
}

/** The one error class of the API: its message and extensions are safe to show to a client. */
export class AppError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
    this.code = code;
  }

  /** The same error with an HTTP status, for refusals made before the operation runs. */
  withHttpStatus(): AppError {
    // a refusal that says when to come back says it to HTTP clients too (Retry-After, RFC 9110 §10.2.3)
    const retryAfter = this.extensions.retryAfterSeconds;
    const headers = typeof retryAfter === 'number' ? new Map([['retry-after', String(retryAfter)]]) : undefined;
    const copy = new AppError(this.code, this.message, { ...this.extensions, http: { status: httpStatusFor(this.code), ...(headers ? { headers } : {}) } });
    return copy;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Builders for the errors every module raises, so messages and extensions stay uniform. */
export const fail = {
  badInput(fieldErrors: FieldError[]): AppError {
    const summary = fieldErrors.map((e) => `${e.field}: ${e.message}`).join('; ');
    // a problem without figures has no `args` at all, not an empty or undefined one
    const sent = fieldErrors.map(({ args, ...e }) => (args && Object.keys(args).length ? { ...e, args } : e));
    return new AppError(ErrorCode.BAD_USER_INPUT, `Invalid input — ${summary}`, { fieldErrors: sent });
  },
  badField(field: string, rule: string, message: string, args?: FieldError['args']): AppError {
    return fail.badInput([{ field, rule, message, args }]);
  },
  /** A pure rule's one problem on `field`, with the figures it found. */
  problemAt(field: string, problem: Pick<RuleProblem, 'rule' | 'message' | 'args'>): AppError {
    return fail.badField(field, problem.rule, problem.message, problem.args);
  },
  /** `reason` says why a token was refused where a client may say it in its own words (SESSION_IDLE), beside its figures. */
  unauthenticated(message = 'Sign in first: the request has no valid token', reason?: string, figures: Record<string, number> = {}): AppError {
    return new AppError(ErrorCode.UNAUTHENTICATED, message, reason ? { reason, ...figures } : {});
  },
  forbidden(message: string, reason = 'ROLE'): AppError {
    return new AppError(ErrorCode.FORBIDDEN, message, { reason });
  },
  notFound(entity: string, id: number | string): AppError {
    return new AppError(ErrorCode.NOT_FOUND, `${entity} ${id} does not exist`, { entity, id: String(id) });
  },
  /** another write met this one in the database and one was rolled back: nothing was written, send it again */
  concurrentWrite(): AppError {
    return new AppError(ErrorCode.CONFLICT, 'Another change to the same records was being written at the same moment; nothing was saved: try again', { rule: 'CONCURRENT_WRITE' });
  },
  conflict(entity: string, id: number, givenVersion: number, currentVersion: number): AppError {
    return new AppError(
      ErrorCode.CONFLICT,
      `${entity} ${id} was changed by someone else (you had version ${givenVersion}, it is now ${currentVersion}); reload and try again`,
      { entity, id: String(id), currentVersion },
    );
  },
  /**
   * `details`: `rule` (a stable code the console words as wuye.rules.<RULE>) and the figures the message uses
   * (counts, names, dates), so a client can say why in its own language; the message stays English for integrators.
   */
  invalidTransition(entity: string, id: number, from: string, action: string, details: { rule: string } & Record<string, unknown>): AppError {
    return new AppError(ErrorCode.INVALID_TRANSITION, `${entity} ${id} is ${from}: it cannot be ${action}`, {
      ...details,
      entity,
      id: String(id),
      from,
      action,
    });
  },
  alreadyExists(message: string, details: Record<string, unknown> = {}): AppError {
    return new AppError(ErrorCode.ALREADY_EXISTS, message, details);
  },
  /**
   * A pure rule's problems as field errors on the given field: each names its subject (a unit, a ballot, a checklist
   * item) before its message, and in `args.subject` beside the figures, so a client need not cut it from the message.
   */
  ruleViolation(error: RuleViolationError, field: string): AppError {
    return fail.badInput(
      error.problems.map((p) => ({ field, rule: p.rule, message: p.subject ? `${p.subject}: ${p.message}` : p.message, args: p.subject ? { subject: p.subject, ...p.args } : p.args })),
    );
  },
  rateLimited(message: string, retryAfterSeconds: number, reason?: string): AppError {
    return new AppError(ErrorCode.RATE_LIMITED, message, reason ? { retryAfterSeconds, reason } : { retryAfterSeconds });
  },
  tooComplex(message: string): AppError {
    return new AppError(ErrorCode.QUERY_TOO_COMPLEX, message);
  },
};
