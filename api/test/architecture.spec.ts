import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Import arrows between the folders of api/src go one way (docs/architecture.md): domains import `request/` and
 * `shared/`, `graphql/` imports the domains and nothing imports it back. A folder that imports a folder
 * importing it back is one room in two places: move the code that reaches back to where it belongs.
 */
const SRC = path.resolve(__dirname, '../src');

/** Pairs that may import each other, with why. */
const ALLOWED_PAIRS: Array<[string, string, string]> = [
  // the ground floor: the request context uses the logger and hydration, the list contract takes the context
  ['request', 'shared', 'ground floor'],
  // resolutions share the elections' ballots and tally engine (the right way round), but the resolution halves of
  // elections/ballot.service.ts and elections/tally.service.ts still import resolutions/: they move to
  // resolutions/ once the vote-record work, which rewrites both files, has landed
  ['elections', 'resolutions', 'ballots and tallies of resolutions still in elections/'],
];

/** What `shared/` may import: it has no domain. */
const SHARED_MAY_IMPORT = new Set(['request', 'config.ts']);

/** Who may import `graphql/`, the roof: the entry point only. */
const GRAPHQL_IMPORTERS = new Set(['main.ts']);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** A folder of api/src by its name; a file at the top (main.ts, config.ts) stands for itself. */
function roomOf(file: string): string {
  return path.relative(SRC, file).split(path.sep)[0];
}

export interface Arrow {
  from: string;
  to: string;
  file: string;
  specifier: string;
}

/** Every relative import (static, dynamic, type-only or a re-export) from one room of api/src to another. */
export function arrows(files: string[]): Arrow[] {
  return files.flatMap((file) => {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    return importedFiles
      .filter((imported) => imported.fileName.startsWith('.'))
      .map((imported) => ({ target: path.resolve(path.dirname(file), imported.fileName), specifier: imported.fileName }))
      // migrations and test fixtures lie outside: no room of the API
      .filter(({ target }) => !path.relative(SRC, target).startsWith('..'))
      .map(({ target, specifier }) => ({ from: roomOf(file), to: roomOf(target), file: path.relative(SRC, file), specifier }))
      .filter((arrow) => arrow.from !== arrow.to);
  });
}

/** Pairs of rooms importing each other, each with the imports that make it, as "a ↔ b: file → import, …". */
export function cycles(all: Arrow[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const arrow of all) {
    if (!all.some((back) => back.from === arrow.to && back.to === arrow.from)) continue;
    const key = [arrow.from, arrow.to].sort().join(' ↔ ');
    found.set(key, [...(found.get(key) ?? []), `${arrow.file} → ${arrow.specifier}`]);
  }
  return found;
}

describe('the folders of api/src', () => {
  const all = arrows(sourceFiles(SRC));

  it('reads the imports it checks', () => {
    // a parser that found nothing would pass every rule below
    expect(all.length).toBeGreaterThan(100);
    expect(all).toContainEqual(expect.objectContaining({ from: 'graphql', to: 'firms' }));
  });

  it('never import each other (a cycle between two folders)', () => {
    const allowed = new Set(ALLOWED_PAIRS.map(([a, b]) => [a, b].sort().join(' ↔ ')));
    const unexpected = Object.fromEntries([...cycles(all)].filter(([pair]) => !allowed.has(pair)));
    expect(unexpected).toEqual({});
  });

  it('keep an allowed pair only while it is still a cycle', () => {
    const found = cycles(all);
    const stale = ALLOWED_PAIRS.map(([a, b]) => [a, b].sort().join(' ↔ ')).filter((pair) => !found.has(pair));
    expect(stale).toEqual([]);
  });

  it('keep shared/ free of domains', () => {
    const reaching = all.filter((arrow) => arrow.from === 'shared' && !SHARED_MAY_IMPORT.has(arrow.to));
    expect(reaching.map((a) => `${a.file} → ${a.specifier}`)).toEqual([]);
  });

  it('leave graphql/ to the entry point: domains never import the roof', () => {
    const reaching = all.filter((arrow) => arrow.to === 'graphql' && !GRAPHQL_IMPORTERS.has(arrow.from));
    expect(reaching.map((a) => `${a.file} → ${a.specifier}`)).toEqual([]);
  });
});

describe('text lengths', () => {
  it('are checked by TextLength (code points, as the CHECKs count), never by class-validator\'s own length rules', () => {
    const counting = sourceFiles(SRC)
      .filter((file) => /import \{[^}]*\b(Length|MinLength|MaxLength|isLength)\b[^}]*\} from 'class-validator'/.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(SRC, file));
    expect(counting).toEqual([]);
  });
});
