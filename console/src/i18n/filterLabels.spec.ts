import fs from 'node:fs';
import path from 'node:path';
import en from './en';
import zh from './zh';

/** Each list page and its resource (the folder's name, but for the audit log). */
const SRC = path.join(__dirname, '..');
const lists = fs
  .readdirSync(SRC)
  .filter((dir) => fs.statSync(path.join(SRC, dir)).isDirectory())
  .flatMap((dir) => fs.readdirSync(path.join(SRC, dir)).filter((f) => /List\.tsx$/.test(f)).map((f) => ({ dir, file: path.join(SRC, dir, f) })));
const resourceOf = (dir: string) => (dir === 'auditLog' ? 'auditEvents' : dir);

/** The sources of the list's inputs without a label of their own: react-admin labels them resources.<r>.fields.<source>. */
function filterSources(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...new Set([...text.matchAll(/<(\w*Input)\b([^>]*?)\bsource="(\w+)"([^>]*)>/g)].filter((m) => !/\blabel=/.test(m[2] + m[4])).map((m) => m[3]))];
}

const at = (messages: object, key: string): unknown => key.split('.').reduce((node: any, part) => node?.[part], messages);

describe('filter labels', () => {
  // without a label react-admin shows the source humanised ("Estate" for estateId), in English on a Chinese page
  it.each(lists.map(({ dir, file }) => [dir, file]))('%s: every filter has its label in zh-CN and English', (dir, file) => {
    const missing = filterSources(file).flatMap((source) =>
      (['zh', 'en'] as const).filter((lang) => typeof at(lang === 'zh' ? zh : en, `resources.${resourceOf(dir)}.fields.${source}`) !== 'string').map((lang) => `${lang}: ${source}`),
    );
    expect(missing).toEqual([]);
  });
});
