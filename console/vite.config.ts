import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, Plugin } from 'vite';

/**
 * Vendor code split by family so each caches on its own. Everything else (recharts and its d3 helpers) is left
 * to the bundler, which keeps what only the lazy dashboard chart imports out of the first load.
 */
function vendorChunk(id: string): string | undefined {
  if (!id.includes('node_modules')) return undefined;
  if (/node_modules\/(@apollo|graphql|@wry|optimism|zen-observable|ts-invariant|symbol-observable|ra-data-graphql)/.test(id)) return 'apollo';
  if (/node_modules\/(@mui|@emotion|@popperjs|react-transition-group|stylis)/.test(id)) return 'mui';
  if (/node_modules\/(react|react-dom|scheduler|react-router|react-router-dom|@remix-run)\//.test(id)) return 'react';
  if (/node_modules\/(react-admin|ra-core|ra-ui-materialui|ra-i18n-polyglot|ra-language-english|@tanstack|react-hook-form|lodash|inflection|jsonexport|query-string|node-polyglot|date-fns|react-dropzone|react-error-boundary)\//.test(id)) return 'react-admin';
  return undefined;
}

/**
 * After the build: every chunk's size, raw and gzip, and what the first page load fetches (the entry and the
 * chunks it imports statically), so a growing first load shows up in the build output.
 */
function sizeReport(): Plugin {
  return {
    name: 'wuye-size-report',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      const chunks = Object.values(bundle).filter((b) => b.type === 'chunk' || b.fileName.endsWith('.css'));
      const size = (file: string) => {
        const bytes = fs.readFileSync(path.join(dir, file));
        return { raw: bytes.length, gzip: zlib.gzipSync(bytes).length };
      };
      // the console's own entry (graphiql.html and integrators.html are pages of their own)
      const entry = Object.values(bundle).find((b) => b.type === 'chunk' && b.isEntry && b.name === 'main');
      const first = new Set<string>();
      const visit = (file: string) => {
        if (first.has(file)) return;
        first.add(file);
        const chunk = bundle[file];
        if (chunk?.type === 'chunk') {
          chunk.imports.forEach(visit);
          (chunk.viteMetadata?.importedCss ?? new Set<string>()).forEach((css) => first.add(css));
        }
      };
      if (entry) visit(entry.fileName);
      let total = { raw: 0, gzip: 0 };
      let firstLoad = { raw: 0, gzip: 0 };
      const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
      const lines: string[] = [];
      for (const chunk of chunks.sort((a, b) => a.fileName.localeCompare(b.fileName))) {
        const s = size(chunk.fileName);
        total = { raw: total.raw + s.raw, gzip: total.gzip + s.gzip };
        if (first.has(chunk.fileName)) firstLoad = { raw: firstLoad.raw + s.raw, gzip: firstLoad.gzip + s.gzip };
        lines.push(`  ${first.has(chunk.fileName) ? '*' : ' '} ${chunk.fileName.padEnd(48)} ${kb(s.raw).padStart(10)}  gzip ${kb(s.gzip).padStart(9)}`);
      }
      console.log(`\nConsole build size (* = fetched on first load):\n${lines.join('\n')}`);
      console.log(`  total ${kb(total.raw)} (gzip ${kb(total.gzip)}); first load ${kb(firstLoad.raw)} (gzip ${kb(firstLoad.gzip)})\n`);
    },
  };
}

/** Text assets worth compressing; fonts and images are compressed formats already. */
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt|map)$/;

/**
 * Brotli and gzip copies of every text asset, written once at build time so the server sends them as they are
 * (api/src/console-assets.ts picks one by Accept-Encoding) instead of compressing on every request.
 */
function precompress(): Plugin {
  return {
    name: 'wuye-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      await Promise.all(
        Object.keys(bundle)
          .filter((file) => COMPRESSIBLE.test(file))
          .map(async (file) => {
            const source = await fs.promises.readFile(path.join(dir, file));
            if (source.length < 1024) return; // the headers would outweigh the saving
            const brotli = zlib.brotliCompressSync(source, {
              params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: source.length },
            });
            await fs.promises.writeFile(path.join(dir, `${file}.br`), brotli);
            await fs.promises.writeFile(path.join(dir, `${file}.gz`), zlib.gzipSync(source, { level: 9 }));
          }),
      );
    },
  };
}

export default defineConfig({
  plugins: [react(), sizeReport(), precompress()],
  server: {
    port: 5173,
    // dev mode: the API runs with `npm start` (or API_ONLY=1 npm start) on port 4000
    proxy: { '/graphql': process.env.WUYE_API_URL ?? 'http://localhost:4000' },
    fs: { allow: ['..'] },
  },
  build: {
    chunkSizeWarningLimit: 900,
    reportCompressedSize: false,
    rollupOptions: {
      // the console, and the offline GraphQL IDE with the integrator guide (served at /graphiql by the API)
      input: { main: 'index.html', graphiql: 'graphiql.html', integrators: 'integrators.html' },
      output: { manualChunks: vendorChunk },
      // GraphiQL's modules open with React Compiler's "use no memo", which a bundle need not keep
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
