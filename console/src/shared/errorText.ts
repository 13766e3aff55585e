import { ruleText, ruleWithFigures, type ServerFieldError } from '../dataProvider/errors';

/** translate as react-admin hands it out (useTranslate), so the words can be tested without React. */
type Translate = (key: string, options?: Record<string, unknown>) => string;

/** An error as the data provider hands it on (dataProvider/errors.ts toHttpError): a message key, the extensions in body. */
interface ApiFailure {
  message?: string;
  body?: { serverMessage?: string; code?: string; rule?: unknown; [key: string]: unknown };
}

/** What translate answers for a rule the console has no words for (then the server's words are shown). */
const MISSING = '\u0000';

/** The figures of a refusal as a translation's arguments: a list of names reads as a list in the user's language. */
export function refusalArgs(body: Record<string, unknown>, locale: string): Record<string, unknown> {
  const separator = locale.startsWith('zh') ? '、' : ', ';
  return Object.fromEntries(Object.entries(body).map(([key, value]) => [key, Array.isArray(value) ? value.join(separator) : value]));
}

/**
 * Refused input in the user's words, each problem the server found by its rule (wuye.rules.<RULE>), once, but those
 * `shownBeside` their input already: so no problem goes unsaid where no input shows its field. null when there is
 * none left to say.
 */
function fieldProblemsText(error: unknown, translate: Translate, shownBeside: (field: string) => boolean = () => false): string | null {
  const body = (error as ApiFailure | null)?.body;
  // refused input, or a record in the way of one input (the data provider makes that a field error too)
  const found = Array.isArray(body?.fieldErrors) ? (body.fieldErrors as ServerFieldError[]) : [];
  const problems = found.filter((problem) => !shownBeside(problem.field));
  if (!problems.length) return null;
  const words = [...new Set(problems.map((problem) => {
    const { key, args } = ruleText(problem);
    return translate(key, args);
  }))];
  return translate('wuye.errors.INVALID_FORM', { problems: words.join(translate('wuye.errors.problem_separator')) });
}

/** The rule a refusal names (a refused move, an existing record: ELECTION_RUNNING, TIE_ALREADY_SETTLED); undefined for others. */
export function refusalRule(error: unknown): string | undefined {
  const body = (error as ApiFailure | null)?.body;
  if (!body?.code || (body.code !== 'INVALID_TRANSITION' && body.code !== 'ALREADY_EXISTS')) return undefined;
  // a record in the way of one input is said at that input (fieldProblemsText), not as a refused move
  if (typeof body.field === 'string') return undefined;
  return typeof body.rule === 'string' ? body.rule : undefined;
}

/**
 * A refused move in the user's words: the rule's words with the step that lifts it where that step is elsewhere
 * (wuye.moveRules.<RULE>: "…：请先在“编辑”中延长公示期"), else the rule's words as a field shows them (wuye.rules.<RULE>).
 */
export function moveRuleText(rule: string, args: Record<string, unknown>, translate: Translate): string {
  return translate(`wuye.moveRules.${rule}`, { ...args, _: translate(`wuye.rules.${ruleWithFigures(rule, args)}`, args) });
}

/**
 * A failed action in the user's words: refused input by what was found (fieldProblemsText); a refused move by its
 * rule and figures (wuye.rules.<RULE>, e.g. "还有 1 名候选人未作资格结论"); otherwise, or for a rule without words
 * here, the translated code with the server's reason.
 */
export function errorText(error: unknown, translate: Translate, locale: string, shownBeside?: (field: string) => boolean): string {
  const fieldProblems = fieldProblemsText(error, translate, shownBeside);
  if (fieldProblems) return fieldProblems;
  const e = error as ApiFailure | null;
  const rule = refusalRule(e);
  if (rule) {
    const words = moveRuleText(rule, { ...refusalArgs(e!.body!, locale), _: MISSING }, translate);
    if (words !== MISSING) return words;
  }
  // an error that is not the API's (no code) and no message key: its English words are not for the user
  const fallback = e?.body?.code ? (e.body.serverMessage ?? e?.message) : translate('ra.notification.http_error');
  const words = translate(e?.message ?? 'ra.notification.http_error', { ...e?.body, _: fallback });
  // a refused move says why (e.g. "2 candidate(s) still await a decision"): the reason after the last colon
  const reason = e?.body?.code === 'INVALID_TRANSITION' ? e.body.serverMessage?.split(': ').slice(2).join(': ') : undefined;
  return reason ? `${words} (${reason})` : words;
}
