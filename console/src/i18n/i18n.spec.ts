import englishMessages from 'ra-language-english';
import en from './en';
import zh from './zh';

/** Every leaf key of a messages object, as dotted paths. */
function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** The %{placeholders} of a message. */
function placeholders(text: string): string[] {
  return [...new Set(text.match(/%\{\w+\}/g) ?? [])].sort();
}

function at(messages: object, path: string): string {
  return path.split('.').reduce((node: any, key) => node?.[key], messages);
}

describe('the zh-CN translation', () => {
  it('has every key react-admin 5 (ra-language-english) has', () => {
    const missing = keys(englishMessages).filter((key) => at(zh, key) === undefined);
    expect(missing).toEqual([]);
  });

  it('has every key the English file has, and no key English lacks', () => {
    const zhKeys = keys(zh).sort();
    const enKeys = keys(en).sort();
    expect(enKeys.filter((k) => !zhKeys.includes(k))).toEqual([]);
    expect(zhKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
  });

  it('keeps the placeholders of every English message', () => {
    const different = keys(en).filter((key) => {
      const wanted = placeholders(at(en, key)).filter((p) => p !== '%{smart_count}');
      const got = placeholders(at(zh, key) ?? '').filter((p) => p !== '%{smart_count}');
      return wanted.join() !== got.join();
    });
    expect(different).toEqual([]);
  });

  it('translates every message rather than copying the English', () => {
    const words = (text: string) => text.replace(/%\{\w+\}/g, '');
    const copied = keys(en).filter((key) => /[A-Za-z]{3}/.test(words(at(zh, key))) && at(zh, key) === at(en, key));
    expect(copied).toEqual([]);
  });
});
