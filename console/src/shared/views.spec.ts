import fs from 'node:fs';
import path from 'node:path';

/**
 * Every page takes List, Create, Edit and Show from shared/views, never react-admin's own nor another page
 * component that waits for the auth checks the same way (see views.tsx).
 */
const SRC = path.resolve(__dirname, '..');
const PAGES = new Set(['List', 'Create', 'Edit', 'Show', 'ListBase', 'CreateBase', 'EditBase', 'ShowBase', 'InfiniteList', 'InfiniteListBase', 'ListGuesser', 'EditGuesser', 'ShowGuesser']);

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

/** The names a file imports from react-admin, one import statement at a time. */
function reactAdminImports(text: string): string[] {
  return [...text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'react-admin'/g)].flatMap((m) =>
    m[1].split(',').map((name) => name.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]).filter(Boolean),
  );
}

describe('console pages', () => {
  const files = sources(SRC).filter((file) => path.relative(SRC, file) !== path.join('shared', 'views.tsx'));

  it('reads the files it checks', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(reactAdminImports(`import {\n  Datagrid,\n  List as L,\n} from 'react-admin';`)).toEqual(['Datagrid', 'List']);
  });

  it("take List, Create, Edit and Show from shared/views, which renders them without react-admin's auth wait", () => {
    const offenders = files.flatMap((file) => reactAdminImports(fs.readFileSync(file, 'utf8')).filter((name) => PAGES.has(name)).map((name) => `${path.relative(SRC, file)}: ${name}`));
    expect(offenders).toEqual([]);
  });
});
