import fs from 'node:fs';
import path from 'node:path';

/**
 * Checks that what the repository cites in docs/ exists: `docs/<file>.md#<anchor>` in code and comments, links
 * between the Markdown files, and source paths the docs name. Pure over a map of files, so a table can test it.
 */

export type ProblemKind = 'NO_SUCH_FILE' | 'NO_SUCH_ANCHOR' | 'LEGACY_CITATION' | 'NO_SUCH_PATH';

export interface Problem {
  file: string;
  line: number;
  reference: string;
  kind: ProblemKind;
}

/** Repository-relative path (forward slashes) → text. */
export type Files = ReadonlyMap<string, string>;

/** The documents the rules lived in before docs/: any citation of them is dangling. */
const LEGACY_CITATION = /DOMAIN-RULES|PRODUCT\.md|STACK\.md|STYLE\.md/g;


// `docs/x.md` or `docs/x.md#anchor`, not as the tail of a longer path
const DOCS_CITATION = /(?<![\w./-])(docs\/[\w.-]+(?:\/[\w.-]+)*\.md)(?:#([\p{L}\p{N}_-]+))?/gu;
// [text](target) in Markdown, images included; targets with a scheme are not ours to check
const MARKDOWN_LINK = /\]\(([^)\s]+)\)/g;
// a source path named in a document, in backticks: `api/src/elections/tally.ts`
const SOURCE_PATH = /`((?:api|console|bench|migrations|schema)\/[^`\s*]+\.(?:ts|tsx|graphql|json|md))`/g;
const EXPLICIT_ANCHOR = /<a\s+(?:[^>]*\s)?(?:id|name)="([^"]+)"/g;

/**
 * The anchor GitHub gives a heading: its text as rendered (links by their text, tags and formatting gone),
 * lower case, without punctuation or symbols, each space a hyphen.
 */
export function githubSlug(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{Nd}_ -]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor a Markdown document offers: heading slugs (repeats numbered as GitHub does) and `<a id>`s. */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const fenceMark = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fenceMark && (fence === null || fenceMark.startsWith(fence))) {
      fence = fence === null ? fenceMark : null;
      continue;
    }
    if (fence !== null) continue;
    for (const match of line.matchAll(EXPLICIT_ANCHOR)) anchors.add(match[1]);
    const heading = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (!heading) continue;
    const slug = githubSlug(heading[1]);
    const times = seen.get(slug) ?? 0;
    seen.set(slug, times + 1);
    anchors.add(times === 0 ? slug : `${slug}-${times}`);
  }
  return anchors;
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/**
 * Every dangling reference in `files`. `exists` answers for paths that are not in `files` (source files the
 * docs name); documents and their anchors are read from `files` itself.
 */
export function danglingReferences(files: Files, exists: (file: string) => boolean = () => false): Problem[] {
  const problems: Problem[] = [];
  const anchorCache = new Map<string, Set<string> | null>();
  const anchorsIn = (doc: string) => {
    if (!anchorCache.has(doc)) anchorCache.set(doc, files.has(doc) ? anchorsOf(files.get(doc)!) : null);
    return anchorCache.get(doc)!;
  };
  const check = (file: string, index: number, text: string, reference: string, doc: string, anchor: string | undefined) => {
    const anchors = anchorsIn(doc);
    const kind: ProblemKind | null = anchors === null ? 'NO_SUCH_FILE' : anchor && !anchors.has(anchor) ? 'NO_SUCH_ANCHOR' : null;
    if (kind) problems.push({ file, line: lineAt(text, index), reference, kind });
  };

  for (const [file, text] of files) {
    for (const m of text.matchAll(DOCS_CITATION)) check(file, m.index, text, m[0], m[1], m[2]);
    for (const m of text.matchAll(LEGACY_CITATION)) problems.push({ file, line: lineAt(text, m.index), reference: m[0], kind: 'LEGACY_CITATION' });
    if (!file.endsWith('.md')) continue;
    for (const m of text.matchAll(MARKDOWN_LINK)) {
      const target = m[1];
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      const [relative, anchor] = target.split('#');
      const doc = relative === '' ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), relative));
      if (doc.endsWith('.md')) check(file, m.index, text, target, doc, anchor);
      else if (!files.has(doc) && !exists(doc)) problems.push({ file, line: lineAt(text, m.index), reference: target, kind: 'NO_SUCH_PATH' });
    }
    if (!file.startsWith('docs/')) continue;
    for (const m of text.matchAll(SOURCE_PATH)) {
      if (!files.has(m[1]) && !exists(m[1])) problems.push({ file, line: lineAt(text, m.index), reference: m[1], kind: 'NO_SUCH_PATH' });
    }
  }
  return problems;
}

const SCANNED_DIRS = ['api/src', 'api/test', 'console/src', 'console/test', 'migrations', 'bench', 'schema', 'docs'];
const SCANNED_FILES = ['README.md'];
const TEXT_FILE = /\.(ts|tsx|js|mjs|cjs|graphql|md|sql|json)$/;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'results', 'fixtures']);

/** The repository's own text files where citations live, by repository-relative path. */
export function repositoryFiles(root: string, skip: readonly string[] = []): Map<string, string> {
  const files = new Map<string, string>();
  const add = (relative: string) => {
    if (!skip.includes(relative)) files.set(relative, fs.readFileSync(path.join(root, relative), 'utf8'));
  };
  const walk = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(child);
      } else if (TEXT_FILE.test(entry.name)) {
        add(child);
      }
    }
  };
  for (const dir of SCANNED_DIRS) if (fs.existsSync(path.join(root, dir))) walk(dir);
  for (const file of SCANNED_FILES) add(file);
  return files;
}
