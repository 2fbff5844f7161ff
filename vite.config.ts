import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer, type IndexHtmlTransformContext, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
// An attribute's value as the browser reads it, for hashing the style attributes the build writes.
import { decodeEntities } from './src/import/html';

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
 * Renders the app's first view of the bundled dataset into the built index.html (src/prerender.tsx,
 * loaded through a Vite server in SSR mode), so the timeline is on screen at the first paint, before
 * the script loads; src/main.tsx then hydrates it. The markup is correct at any width: until the
 * script measures the plot, it is laid out for a reference width and drawn in proportion.
 */
function prerenderedFirstView(): Plugin {
  return {
    name: 'prerendered-first-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const server = await createServer({
          configFile: false,
          logLevel: 'error',
          plugins: [withoutTimeFormat()],
          server: { middlewareMode: true, hmr: false, ws: false },
          appType: 'custom',
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        try {
          const { renderFirstView } = (await server.ssrLoadModule('/src/prerender.tsx')) as {
            renderFirstView: (datasetText: string) => string;
          };
          const root = '<div id="root"></div>';
          if (!html.includes(root)) throw new Error(`index.html has no ${root} to render into`);
          const view = renderFirstView(readFileSync('data/events.json', 'utf8'));
          return html.replace(root, `<div id="root" data-prerendered>${view}</div>`);
        } finally {
          await server.close();
        }
      },
    },
  };
}

/**
 * The Content-Security-Policy of the built page: no eval, no inline script or style but the few the
 * build itself writes (allowed by hash, below), data only from http(s). Only for the build: the dev
 * server injects inline scripts of its own.
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

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Puts the policy right after `<meta charset>` (which must stay in the first 1,024 bytes), once the
 * page is final. The build writes inline code of two kinds, and exactly that is allowed, by hash:
 * the boot script (src/boot.js), and the style attributes of the first view rendered at build
 * time ('unsafe-hashes' lets a hash match a style attribute). React's later changes to styles go
 * through the CSSOM, which the policy does not govern.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1]!));
        const styles = [...new Set([...html.matchAll(/ style="([^"]*)"/g)].map((m) => decodeEntities(m[1]!)))];
        const policy = CONTENT_SECURITY_POLICY.replace(
          "script-src 'self'",
          ["script-src 'self'", ...scripts].join(' '),
        ).concat(styles.length ? `; style-src-attr 'unsafe-hashes' ${styles.map(sha256).join(' ')}` : '');
        const charset = '<meta charset="UTF-8" />';
        if (!html.includes(charset)) throw new Error(`index.html has no ${charset} to put the policy after`);
        return html.replace(
          charset,
          `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        );
      },
    },
  };
}

/**
 * src/boot.js, inline in <head>: it must run before the first paint, and an inline script costs no
 * request (the policy allows it by its hash).
 */
function inlineBootScript(): Plugin {
  return {
    name: 'inline-boot-script',
    transformIndexHtml(html, { bundle, chunk }) {
      let boot = readFileSync('src/boot.js', 'utf8').trim();
      // In the build, the chunks the script preloads for a dataset named by ?data= (none in dev).
      if (bundle && chunk) {
        const empty = 'const readingCode = [];';
        if (!boot.includes(empty)) throw new Error(`src/boot.js has no \`${empty}\` to fill in`);
        boot = boot.replace(empty, `const readingCode = ${JSON.stringify(readingChunks(bundle, chunk.fileName))};`);
      }
      // First in <head> after the charset (and the policy, put there later), before the
      // stylesheet, which a script after it would wait for.
      const charset = '<meta charset="UTF-8" />';
      return html.replace(charset, `${charset}\n    <script>${boot}</script>`);
    },
  };
}

/**
 * The chunks src/data/streamRead.ts needs beyond what the app's entry loads anyway, as paths from
 * the page: what reading a large file as it arrives loads on demand.
 */
function readingChunks(bundle: NonNullable<IndexHtmlTransformContext['bundle']>, entry: string): string[] {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const graph = (start: string) => {
    const seen = new Set<string>();
    const visit = (fileName: string) => {
      if (seen.has(fileName)) return;
      seen.add(fileName);
      chunks.find((c) => c.fileName === fileName)?.imports.forEach(visit);
    };
    visit(start);
    return seen;
  };
  const reader = chunks.find((c) => /[\\/]src[\\/]data[\\/]streamRead\.ts$/.test(c.facadeModuleId ?? ''));
  if (!reader) throw new Error('no chunk of the build starts at src/data/streamRead.ts');
  const loaded = graph(entry);
  return [...graph(reader.fileName)].filter((f) => !loaded.has(f)).map((f) => `./${f}`);
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
  plugins: [
    withoutTimeFormat(),
    sharedWorkerChunks(),
    react(),
    bundledDataset(),
    inlineBootScript(),
    prerenderedFirstView(),
    contentSecurityPolicy(),
  ],
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
          /[\\/]src[\\/]data[\\/](quotes|dataset|edtf|schema)\.ts$/.test(id) ? 'parser' : undefined,
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
