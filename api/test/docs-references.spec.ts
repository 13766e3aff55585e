import fs from 'node:fs';
import path from 'node:path';
import { anchorsOf, danglingReferences, githubSlug, Problem, repositoryFiles } from './doc-references';

const ROOT = path.resolve(__dirname, '../..');
// the checker and this file hold made-up and legacy references on purpose
const SELF = ['api/test/doc-references.ts', 'api/test/docs-references.spec.ts'];

describe('the heading slug GitHub links to', () => {
  it.each([
    ['Domain rules', 'domain-rules'],
    ["1. Owners' joint decisions: quorum and majorities", '1-owners-joint-decisions-quorum-and-majorities'],
    ['4.4 Filing the committee', '44-filing-the-committee'],
    ['The `list` contract', 'the-list-contract'],
    ['See [§3](#vote-record) first', 'see-3-first'],
    ['Who — what', 'who--what'],
    ['业主大会 (议事规则)', '业主大会-议事规则'],
    ['snake_case stays', 'snake_case-stays'],
    ['Area in m²', 'area-in-m'],
  ])('%s → #%s', (heading, slug) => {
    expect(githubSlug(heading)).toBe(slug);
  });

  it('numbers a repeated heading, offers explicit anchors, and ignores headings inside code fences', () => {
    const anchors = anchorsOf(['<a id="thresholds"></a>', '## 1. Thresholds', '## Notes', '### Notes', '```', '## Not a heading', '```'].join('\n'));
    expect([...anchors].sort()).toEqual(['1-thresholds', 'notes', 'notes-1', 'thresholds']);
  });
});

describe('a dangling reference', () => {
  const docs: Array<[string, string]> = [
    ['docs/rules.md', ['# Rules', '<a id="thresholds"></a>', '## 1. Thresholds', '### Counting persons', '```md', '## Fenced', '```'].join('\n')],
    ['docs/guide.md', ['# Guide', 'See [the thresholds](rules.md#thresholds) and [below](#usage).', '## Usage', 'Code: `api/src/real.ts`.'].join('\n')],
  ];
  const check = (file: string, text: string) =>
    danglingReferences(new Map([...docs, [file, text]]), (p) => p === 'api/src/real.ts').map((p: Problem) => p.kind);

  it.each([
    ['api/src/a.ts', '// (docs/rules.md#thresholds)', []],
    ['api/src/a.ts', '// docs/rules.md#1-thresholds: by its heading', []],
    ['api/src/a.ts', "@Field({ description: 'docs/rules.md#counting-persons' })", []],
    ['api/src/a.ts', '// the whole document: docs/rules.md.', []],
    ['api/src/a.ts', '// a made-up section: docs/rules.md#no-such-rule', ['NO_SUCH_ANCHOR']],
    ['api/src/a.ts', '// a heading inside a code fence: docs/rules.md#fenced', ['NO_SUCH_ANCHOR']],
    ['api/src/a.ts', '// docs/rules.md#Thresholds (anchors are lower case)', ['NO_SUCH_ANCHOR']],
    ['console/src/A.tsx', '/* docs/missing.md#thresholds */', ['NO_SUCH_FILE']],
    ['api/src/a.ts', '// (DOMAIN-RULES §2)', ['LEGACY_CITATION']],
    ['console/src/A.tsx', '// PRODUCT.md workflow 1', ['LEGACY_CITATION']],
    ['migrations/1764288000000-landed.ts', '// (DOMAIN-RULES §2)', ['LEGACY_CITATION']],
    ['migrations/1764288000000-landed.ts', '// docs/rules.md#gone', ['NO_SUCH_ANCHOR']],
    ['docs/other.md', 'See [rules](rules.md#counting-persons) and [here](#other).\n## Other', []],
    ['docs/other.md', 'See [rules](rules.md#counting).', ['NO_SUCH_ANCHOR']],
    ['docs/other.md', 'See [nothing](nowhere.md).', ['NO_SUCH_FILE']],
    ['docs/other.md', 'Code in `api/src/real.ts` and `api/src/gone.ts`.', ['NO_SUCH_PATH']],
    ['README.md', 'Rules in [docs/](docs/rules.md#thresholds); [schema](schema/none.graphql).', ['NO_SUCH_PATH']],
  ])('in %s, %j → %j', (file, text, expected) => {
    expect(check(file, text)).toEqual(expected);
  });

  it('says where it is', () => {
    const problems = danglingReferences(new Map([...docs, ['api/src/a.ts', 'one\ntwo\n// docs/rules.md#nope\n']]), (p) => p === 'api/src/real.ts');
    expect(problems).toEqual([{ file: 'api/src/a.ts', line: 3, reference: 'docs/rules.md#nope', kind: 'NO_SUCH_ANCHOR' }]);
  });
});

describe('the repository', () => {
  const files = repositoryFiles(ROOT, SELF);
  const exists = (file: string) => fs.existsSync(path.join(ROOT, file));

  it('has the three documents, and code citing them', () => {
    for (const doc of ['docs/domain-rules.md', 'docs/roles-and-workflows.md', 'docs/architecture.md']) expect(files.has(doc)).toBe(true);
    const citing = [...files].filter(([file, text]) => !file.startsWith('docs/') && /docs\/[\w-]+\.md#/.test(text));
    expect(citing.length).toBeGreaterThan(40);
  });

  it('cites only documents and sections that exist, and names only files that exist', () => {
    const report = danglingReferences(files, exists).map((p) => `${p.file}:${p.line} ${p.kind} ${p.reference}`);
    expect(report).toEqual([]);
  });
});
