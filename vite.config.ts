import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * The bundled dataset lives in data/ at the top of the repository. The dev server serves it from
 * there; this plugin copies it into the build so the app can fetch data/events.json at run time.
 */
function bundledDataset(): Plugin {
  return {
    name: 'bundled-dataset',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'data/events.json', source: readFileSync('data/events.json', 'utf8') });
      this.emitFile({ type: 'asset', fileName: 'robots.txt', source: 'User-agent: *\nAllow: /\n' });
    },
  };
}

/**
 * The Content-Security-Policy of the built page: no inline script, no eval, data only from http(s).
 * Only for the build: the dev server injects inline scripts of its own.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self' https: http:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * d3-scale's time scales import d3-time-format only to make `scale.tickFormat()`, and build
 * eight formatters with d3's English locale for every scale they create. The app labels its own
 * ticks (src/timeline/ticks.ts) and never asks a scale for a format, so d3-time-format is
 * replaced by a stand-in whose formatters refuse to run: 2.7 kB gzip less. Applied in the build,
 * the dev server and the tests alike, so what is tested is what ships.
 */
function withoutTimeFormat(): Plugin {
  const standIn = fileURLToPath(new URL('src/d3-shims/timeFormat.ts', import.meta.url));
  return {
    name: 'without-d3-time-format',
    enforce: 'pre',
    resolveId: (source) => (source === 'd3-time-format' ? standIn : null),
  };
}

/**
 * Builds each module worker (`new Worker(new URL('./x.ts', import.meta.url), { type: 'module' })`)
 * as one more entry of the page's own build, instead of Vite's separate worker build, so the code
 * the worker shares with the page (the dataset parser and validation, used by both) ships once,
 * in a chunk both import, rather than twice: 7 kB gzip less. Only module workers can import a
 * chunk, so only they are matched. The dev server keeps Vite's own handling.
 */
function sharedWorkerChunks(): Plugin {
  const workerUrl =
    /new Worker\(\s*new URL\(\s*(['"])(\.{1,2}\/[^'"]+)\1\s*,\s*import\.meta\.url\s*\)\s*,\s*\{\s*type:\s*'module'\s*\}\s*\)/g;
  const workers = new Set<string>();
  return {
    name: 'shared-worker-chunks',
    apply: 'build',
    enforce: 'pre',
    async transform(code, id) {
      if (id.includes('/node_modules/') || !code.includes('new Worker(')) return null;
      // A worker created another way would still work, from Vite's separate worker build, with the
      // parser in it twice: fail loudly rather than lose the saving without a word.
      const calls = code.split('new Worker(').length - 1;
      const matches = [...code.matchAll(workerUrl)];
      if (matches.length !== calls)
        this.error(
          `${id}: ${calls - matches.length} \`new Worker(\` not written as new Worker(new URL('./x.ts', import.meta.url), { type: 'module' })`,
        );
      let out = code;
      for (const [call, , path] of matches) {
        const resolved = await this.resolve(path!, id);
        if (!resolved) this.error(`cannot resolve the worker ${path} in ${id}`);
        const ref = this.emitFile({ type: 'chunk', id: resolved.id });
        workers.add(ref);
        out = out.replace(call, `new Worker(new URL(import.meta.ROLLUP_FILE_URL_${ref}), { type: 'module' })`);
      }
      return out === code ? null : { code: out, map: null };
    },
    generateBundle(_, bundle) {
      // A worker that imported the page's entry would run the whole app (and fail without a DOM).
      for (const ref of workers) {
        const seen = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (seen.has(fileName) || chunk?.type !== 'chunk') return;
          seen.add(fileName);
          if (chunk.isEntry && seen.size > 1) this.error(`the worker ${this.getFileName(ref)} imports ${fileName}`);
          chunk.imports.forEach(visit);
        };
        visit(this.getFileName(ref));
      }
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [withoutTimeFormat(), sharedWorkerChunks(), react(), bundledDataset(), contentSecurityPolicy()],
  // Served as it is (not pre-bundled) in dev, so its import of d3-time-format meets the stand-in.
  optimizeDeps: { exclude: ['d3-scale'] },
  // No modulepreload polyfill: browsers without modulepreload only fetch the shared chunk later.
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        // The quote locator is shared by the page's parser and the authoring chunk: kept in the
        // parser's chunk, which every page loads anyway, rather than in a chunk of its own.
        manualChunks: (id) =>
          /[\\/]src[\\/]data[\\/](quotes|eventCodec|dataset|edtf|schema)\.ts$/.test(id) ? 'parser' : undefined,
      },
    },
  },
  test: {
    // d3 runs through Vite in the tests too (not straight from node_modules), so it gets the stand-in.
    server: { deps: { inline: [/[\\/]node_modules[\\/]d3-/] } },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/components/setup.ts'],
        },
      },
      {
        // Real-browser tests: Debian's Chromium driven by playwright-core against `vite preview`.
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
