import type { FormattedExecutionResult } from 'graphql';

/**
 * An answer's data as the JSON text it goes out as, when that text exists before Apollo would serialise it: a
 * response-cache hit (its text from the first time) and a page PostgreSQL wrote as text (compiled execution's
 * text lane). Apollo's `stringifyResult` sends that text instead of serialising the data again.
 */
const texts = new WeakMap<object, string>();

export function answerText(data: object): string | undefined {
  return texts.get(data);
}

export function keepAnswerText<T extends object>(data: T, text: string): T {
  texts.set(data, text);
  return data;
}

/**
 * Data whose one root field is read from `text` (`{"<key>": …}`) only if someone reads it as an object (a
 * document rendered from a query, a test): sending it needs no parse.
 */
export function dataFromText(key: string, text: string): Record<string, unknown> {
  let parsed: Record<string, unknown> | undefined;
  const data: Record<string, unknown> = {};
  Object.defineProperty(data, key, { enumerable: true, get: () => (parsed ??= JSON.parse(text) as Record<string, unknown>)[key] });
  return keepAnswerText(data, text);
}

/** Apollo's `stringifyResult`: data with a text goes out as that text; anything else as Apollo writes it (JSON and a newline). */
export function stringifyResult(result: FormattedExecutionResult): string {
  const text = result.data && !result.errors && !result.extensions ? texts.get(result.data) : undefined;
  return `${text === undefined ? JSON.stringify(result) : `{"data":${text}}`}\n`;
}
