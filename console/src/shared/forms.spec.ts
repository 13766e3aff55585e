import fs from 'node:fs';
import path from 'node:path';

/**
 * Every create and edit form asks before the user leaves it with unsaved changes (react-admin's
 * warnWhenUnsavedChanges): a page's form is shared/RecordForm (which asks), or a react-admin form that says
 * warnWhenUnsavedChanges itself. It works only under a data router, which App.tsx makes (createHashRouter), with
 * the console's routerProvider (shared/unsavedChanges.ts: the way to the sign-in page is never held).
 */
const SRC = path.resolve(__dirname, '..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(file);
    return /\.tsx$/.test(entry.name) ? [file] : [];
  });
}

/** The opening tag that starts at `from`, to its `>` (not one inside a `{…}` prop such as `toolbar={<SaveToolbar />}`). */
function openingTag(text: string, from: number): string {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}') depth--;
    else if (text[i] === '>' && depth === 0) return text.slice(from, i + 1);
  }
  return text.slice(from);
}

/** The opening tags of react-admin's page forms (not SimpleFormIterator), with the file they are in. */
function formTags(): Array<{ file: string; tag: string }> {
  return sources(SRC).flatMap((file) => {
    const text = fs.readFileSync(file, 'utf8');
    return [...text.matchAll(/<(SimpleForm|TabbedForm|Form)\b/g)].map((m) => ({ file: path.relative(SRC, file), tag: openingTag(text, m.index!) }));
  });
}

describe('forms ask before unsaved changes are lost', () => {
  it('every react-admin form says warnWhenUnsavedChanges', () => {
    const forms = formTags();
    expect(forms.length).toBeGreaterThan(0);
    expect(forms.filter(({ tag }) => !/\bwarnWhenUnsavedChanges\b/.test(tag))).toEqual([]);
  });

  it('RecordForm asks, and is what the create and edit pages use', () => {
    const own = formTags().filter(({ file }) => file === path.join('shared', 'RecordForm.tsx'));
    expect(own.map(({ tag }) => /\bwarnWhenUnsavedChanges\b/.test(tag))).toEqual([true]);
    const users = sources(SRC).filter((file) => /<RecordForm\b/.test(fs.readFileSync(file, 'utf8')));
    expect(users.length).toBeGreaterThan(10);
  });

  it('the app runs under a data router with the console’s routerProvider', () => {
    const app = fs.readFileSync(path.join(SRC, 'App.tsx'), 'utf8');
    expect(app).toMatch(/createHashRouter\(/);
    expect(app).toMatch(/routerProvider=\{routerProvider\}/);
  });
});
