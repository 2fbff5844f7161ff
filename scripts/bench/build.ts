import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview, type Plugin, type PreviewServer } from 'vite';
import { generateDataset } from '../../src/generate/generateDataset';

/**
 * The benchmark's files: the app's production build in dist/, the vis-timeline page in
 * dist/bench/vis/ and the generated datasets in dist/bench/data/, all served by one
 * `vite preview` on 127.0.0.1. Nothing is written outside the output folder (dist/ unless a
 * caller such as the trace tool asks for another one).
 */

export const DIST = 'dist';
export const VIS_DIR = 'bench/vis';
export const DATA_DIR = 'bench/data';

/**
 * Builds the app (with its own vite.config.ts), then the vis-timeline page beside it.
 * `minify: false` keeps function names readable in profiles (never for measuring sizes).
 */
export async function buildPages(root: string, outDir = DIST, minify = true): Promise<void> {
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true, minify } });
  await build({
    configFile: false,
    root: join(root, 'scripts/bench/vis'),
    base: './',
    logLevel: 'warn',
    build: {
      outDir: resolve(root, outDir, VIS_DIR),
      emptyOutDir: true,
      target: 'es2022',
      minify,
      chunkSizeWarningLimit: 2000,
    },
  });
}

export interface Bytes {
  readonly files: number;
  readonly raw: number;
  readonly gzip: number;
}

export interface BundleSizes {
  /** Every JS file of the build, loaded at first or on demand (authoring, import, export…). */
  readonly js: Bytes;
  /** The JS a first visit loads: the page's module script and the chunks it preloads. */
  readonly firstLoadJs: Bytes;
  readonly css: Bytes;
}

function sizesOf(dir: string, files: readonly string[]): Bytes {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = readFileSync(join(dir, f));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { files: files.length, raw, gzip };
}

/**
 * The JS and CSS of a build, raw and gzipped (zlib's default level, as Vite reports): all of it in
 * its assets folder, and the JS its index.html loads at once (module script and modulepreloads).
 */
export function bundleSizes(pageDir: string, assetsDir = join(pageDir, 'assets')): BundleSizes {
  const all = (ext: string) => readdirSync(assetsDir).filter((f) => f.endsWith(ext));
  const html = readFileSync(join(pageDir, 'index.html'), 'utf8');
  const loaded = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map(
    (m) => resolve(pageDir, m[1]!),
  );
  return {
    js: sizesOf(assetsDir, all('.js')),
    firstLoadJs: sizesOf('/', loaded),
    css: sizesOf(assetsDir, all('.css')),
  };
}

/** Writes the generated dataset of `count` events; returns its path on the server and size. */
export function writeDataset(
  root: string,
  count: number,
  seed: number,
  outDir = DIST,
): { path: string; bytes: number } {
  const name = `events-${count}-seed-${seed}.json`;
  const dir = resolve(root, outDir, DATA_DIR);
  mkdirSync(dir, { recursive: true });
  const json = JSON.stringify(generateDataset({ count, seed }));
  writeFileSync(join(dir, name), json);
  writeFileSync(join(dir, `${name}.gz`), gzipSync(json, { level: 9 }));
  return { path: `/${DATA_DIR}/${name}`, bytes: Buffer.byteLength(json) };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('could not find a free port'))));
    });
  });
}

/**
 * Serves each generated dataset from the gzip file written beside it, as a static host with
 * precompressed files does (nginx's gzip_static, a CDN's cache). Without it `vite preview`
 * compresses every response as it sends it: 1.5 s of this process's time for 52.7 MB, which the
 * benchmark would then count as the browser's download.
 */
function precompressedData(outDir: string): Plugin {
  return {
    name: 'bench-precompressed-data',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        const file = resolve(outDir, `.${decodeURIComponent(path)}.gz`);
        const gzipOk = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        if (!path.startsWith(`/${DATA_DIR}/`) || !path.endsWith('.json') || !gzipOk || !existsSync(file)) return next();
        res.writeHead(200, {
          'Content-Type': 'application/json',
          'Content-Encoding': 'gzip',
          'Content-Length': statSync(file).size,
          'Cache-Control': 'no-cache',
        });
        createReadStream(file).pipe(res);
      });
    },
  };
}

/** `vite preview --host 127.0.0.1 --port <free port>` over `outDir`, in this process. */
export async function serve(root: string, outDir = DIST): Promise<{ origin: string; close: () => Promise<void> }> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    let server: PreviewServer;
    try {
      server = await preview({
        root,
        configFile: false,
        logLevel: 'warn',
        build: { outDir },
        plugins: [precompressedData(resolve(root, outDir))],
        preview: { host: '127.0.0.1', port, strictPort: true, open: false },
      });
    } catch (error) {
      lastError = error; // the port was taken in between; try another
      continue;
    }
    return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
  }
  throw new Error(`could not start vite preview: ${String(lastError)}`);
}
