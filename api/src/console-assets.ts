import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import express, { NextFunction, Request, Response } from 'express';
import { REPO_ROOT } from './config';

/** Where the react-admin console lives and where Vite writes its production build. */
export const CONSOLE_DIR = path.join(REPO_ROOT, 'console');
export const CONSOLE_DIST = path.join(CONSOLE_DIR, 'dist');

/** The newest modification time under a path (a file, or a folder walked recursively). */
function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target)) {
    if (entry.endsWith('.spec.ts')) continue; // tests are not part of the build
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/**
 * 'missing' without console/dist/index.html, 'stale' when a source the build reads (console/src, its HTML pages,
 * console/public, vite.config.ts, docs/integrators.md, the API's pure rules the console imports) is newer than it, otherwise 'fresh'.
 */
export function consoleBuildState(consoleDir = CONSOLE_DIR): 'missing' | 'stale' | 'fresh' {
  const index = path.join(consoleDir, 'dist', 'index.html');
  if (!fs.existsSync(index)) return 'missing';
  const built = fs.statSync(index).mtimeMs;
  const sources = [
    path.join(consoleDir, 'src'),
    path.join(consoleDir, 'index.html'),
    path.join(consoleDir, 'graphiql.html'),
    path.join(consoleDir, 'integrators.html'),
    path.join(consoleDir, '..', 'docs', 'integrators.md'),
    path.join(consoleDir, 'vite.config.ts'),
    // copied into the build as they are (the favicon)
    path.join(consoleDir, 'public'),
    path.join(consoleDir, '..', 'api', 'src', 'firms', 'credit-code.ts'),
    path.join(consoleDir, '..', 'api', 'src', 'imports', 'columns.ts'),
  ];
  return sources.some((source) => newestMtime(source) > built) ? 'stale' : 'fresh';
}

/** Runs `vite build` for the console with this Node, its output passed through. */
export function buildConsole(consoleDir = CONSOLE_DIR, output: 'inherit' | 'ignore' = 'inherit'): Promise<void> {
  const viteBin = path.join(path.dirname(require.resolve('vite/package.json', { paths: [consoleDir] })), 'bin', 'vite.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [viteBin, 'build'], { cwd: consoleDir, stdio: ['ignore', output, output] });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited with code ${code}`))));
  });
}

/** Builds the console when its build is missing or older than its sources; says so on stdout. */
export async function ensureConsoleBuilt(say: (line: string) => void, consoleDir = CONSOLE_DIR): Promise<void> {
  const state = consoleBuildState(consoleDir);
  if (state === 'fresh') return;
  say(`Building the console (console/dist is ${state === 'missing' ? 'missing' : 'older than its sources'}) …`);
  const started = Date.now();
  await buildConsole(consoleDir);
  say(`Built the console in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

/**
 * The console's own routes (react-admin's resources and custom routes in console/src/App.tsx, and its login
 * page): only these get index.html, so a probe or a scraper of an unknown path gets a 404, not a page.
 */
export const CONSOLE_ROUTES = [
  'login',
  'import',
  'holidays',
  'api-tokens',
  'account-changes',
  'checklists',
  'auditEvents',
  'quarter-ranking',
  'red-black-list',
  'assessments',
  'assessmentSchemes',
  'firms',
  'projects',
  'estates',
  'elections',
  'resolutions',
  'committees',
  'committeeFilings',
  'repairFunds',
  'committeeAccounts',
  'partyOrganisations',
  'fivePartyMeetings',
  'campaigns',
  'campaignReports',
  // a committee's published statement, for owners who do not sign in
  'public',
  'candidates',
  'owners',
  'users',
  'districts',
  'subdistricts',
  'communities',
] as const;

const CONSOLE_ROUTE_SET = new Set<string>(CONSOLE_ROUTES);

/** `/`, or a path under one of the console's routes without a file extension (those are assets or nothing). */
export function isConsoleRoute(urlPath: string): boolean {
  if (urlPath === '/') return true;
  if (path.posix.extname(urlPath) !== '') return false;
  return CONSOLE_ROUTE_SET.has(urlPath.split('/')[1] ?? '');
}

/** The encodings the console's build writes beside each text asset (console/vite.config.ts), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/**
 * The brotli or gzip copy of an asset when the client accepts it and the build wrote one: Content-Encoding,
 * the original file's type, `Vary: Accept-Encoding`, cached for a year like the asset itself (its name is
 * hashed). Anything else falls through to express.static.
 */
function precompressed(assetsDir: string): express.Handler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    res.vary('Accept-Encoding');
    const wanted = req.acceptsEncodings(ENCODINGS.map((e) => e.name));
    const encoding = ENCODINGS.find((e) => e.name === wanted);
    let file: string;
    try {
      file = path.join(assetsDir, path.posix.normalize(decodeURIComponent(req.path)));
    } catch {
      return next(); // a malformed escape: express.static answers it
    }
    if (!encoding || !file.startsWith(assetsDir + path.sep) || !fs.existsSync(file + encoding.suffix)) return next();
    res.type(path.extname(file));
    res.setHeader('Content-Encoding', encoding.name);
    res.sendFile(file + encoding.suffix, { immutable: true, maxAge: '365d' }, (error) => error && next(error));
  };
}

/**
 * The built console at `/`: hashed assets cached for a year, and index.html for the console's own routes
 * (react-admin's routes live in the browser). Anything else falls through to the API's 404.
 */
export function consoleAssets(distDir = CONSOLE_DIST): express.Handler {
  const router = express.Router();
  router.use('/assets', precompressed(path.join(distDir, 'assets')));
  router.use('/assets', express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '365d', index: false }));
  router.use(express.static(distDir, { index: false, maxAge: 0 }));
  // the GraphQL IDE (GraphiQL, built with the console: no CDN) and the integrator guide beside it
  for (const [route, file] of [['/graphiql', 'graphiql.html'], ['/graphiql/integrators', 'integrators.html']] as const) {
    router.get(route, (_req: Request, res: Response) => {
      const page = path.join(distDir, file);
      if (!fs.existsSync(page)) {
        res.status(503).type('text/plain').send('The console is not built: run `npm run build -w console` (npm start does it for you).');
        return;
      }
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(page);
    });
  }
  router.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (!isConsoleRoute(req.path) || !req.accepts('html')) return next();
    const index = path.join(distDir, 'index.html');
    if (!fs.existsSync(index)) {
      res.status(503).type('text/plain').send('The console is not built: run `npm run build -w console` (npm start does it for you).');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
