import type { FormattedExecutionResult } from 'graphql';

/**
 * An answer's data as the JSON text it goes out as (UTF-8 bytes), when that text exists before Apollo would serialise
 * it: a response-cache hit (its text from the first time) and a page PostgreSQL wrote as text (compiled execution's
 * text lane). It is sent as it is, instead of serialising the data again.
 */
const texts = new WeakMap<object, Buffer>();

export function answerText(data: object): Buffer | undefined {
  return texts.get(data);
}

export function keepAnswerText<T extends object>(data: T, text: Buffer): T {
  texts.set(data, text);
  return data;
}

/**
 * Data whose one root field is read from `text` (`{"<key>": …}`) only if someone reads it as an object (a
 * document rendered from a query, a test): sending it needs no parse.
 */
export function dataFromText(key: string, text: Buffer): Record<string, unknown> {
  let parsed: Record<string, unknown> | undefined;
  const data: Record<string, unknown> = {};
  Object.defineProperty(data, key, { enumerable: true, get: () => (parsed ??= JSON.parse(text.toString('utf8')) as Record<string, unknown>)[key] });
  return keepAnswerText(data, text);
}

const textOf = (result: FormattedExecutionResult) => (result.data && !result.errors && !result.extensions ? texts.get(result.data) : undefined);

/** Apollo's `stringifyResult`: data with a text goes out as that text; anything else as Apollo writes it (JSON and a newline). */
export function stringifyResult(result: FormattedExecutionResult): string {
  const text = textOf(result);
  return `${text === undefined ? JSON.stringify(result) : `{"data":${text.toString('utf8')}}`}\n`;
}

const DATA_OPEN = Buffer.from('{"data":');
const DATA_CLOSE = Buffer.from('}\n');

/** The bytes of an answer sent without Apollo (the lanes in front of it): the same as stringifyResult's text, encoded. */
export function answerBody(result: FormattedExecutionResult): Buffer {
  const text = textOf(result);
  return text === undefined ? Buffer.from(`${JSON.stringify(result)}\n`) : Buffer.concat([DATA_OPEN, text, DATA_CLOSE]);
}
