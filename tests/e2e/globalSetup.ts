import { spawn, type ChildProcess } from 'node:child_process';
import { access, constants, cp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { generateDataset } from '../../src/generate/generateDataset';
import { BAD_QUOTE_EVENT, CHROMIUM_PATH, FIXTURES_PATH, LARGE_COUNT, LARGE_SEED } from './support/config';

/**
 * Builds the app once, serves the build with `vite preview` on a free port and hands the address
 * to the tests (`inject('baseUrl')`). The build goes to its own folder, not dist/, so the test
 * fixtures copied next to it never end up in a build someone deploys.
 */

/** Where the e2e build goes, relative to the project root (git-ignored via test-results/). */
const OUT_DIR = 'test-results/e2e-dist';

const READY_TIMEOUT_MS = 30_000;

async function assertChromium(): Promise<void> {
  try {
    await access(CHROMIUM_PATH, constants.X_OK);
  } catch {
    throw new Error(
      `The end-to-end tests drive Debian's Chromium at ${CHROMIUM_PATH}, which is missing. ` +
        'Install it with: apt-get install -y chromium (as root, after apt-get update).',
    );
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

function runVite(root: string, args: readonly string[]): ChildProcess {
  const bin = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  // vitest sets NODE_ENV=test, which would make `vite build` bundle React's development build
  // (StrictMode double effects, dev warnings). Test what `npm run build` ships.
  const env = { ...process.env, NODE_ENV: 'production' };
  return spawn(process.execPath, [bin, ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
}

function collectOutput(child: ChildProcess): () => string {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return () => output;
}

async function build(root: string): Promise<void> {
  const child = runVite(root, ['build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn']);
  const output = collectOutput(child);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (code !== 0) throw new Error(`vite build failed (exit ${code}):\n${output()}`);
}

/** Resolves once the server answers 200 at `url`; rejects if the process exits first or time runs out. */
async function waitUntilServing(url: string, child: ChildProcess, output: () => string): Promise<void> {
  let exited: number | null | undefined;
  child.on('exit', (code) => (exited = code));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited !== undefined) throw new Error(`vite preview exited (code ${exited}) before serving:\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`vite preview did not answer at ${url} within ${READY_TIMEOUT_MS / 1000} s:\n${output()}`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await assertChromium();
  const root = project.config.root;
  await build(root);
  const fixtures = path.join(root, OUT_DIR, FIXTURES_PATH);
  await cp(path.join(root, 'tests', 'e2e', 'fixtures'), fixtures, { recursive: true });
  // A generated dataset large enough to be parsed in the worker, and a copy with one quote that
  // the text does not contain.
  const large = generateDataset({ count: LARGE_COUNT, seed: LARGE_SEED });
  await writeFile(path.join(fixtures, 'large.json'), JSON.stringify(large));
  const events = large.events.map((e, i) =>
    i === BAD_QUOTE_EVENT ? { ...e, quote: `${e.quote} (not in the text)` } : e,
  );
  await writeFile(path.join(fixtures, 'large-bad-quote.json'), JSON.stringify({ ...large, events }));

  const port = await freePort();
  const preview = runVite(root, [
    'preview',
    '--outDir',
    OUT_DIR,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--strictPort',
  ]);
  const output = collectOutput(preview);
  const baseUrl = `http://127.0.0.1:${port}/`;
  try {
    await waitUntilServing(baseUrl, preview, output);
  } catch (error) {
    await stop(preview);
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  return () => stop(preview);
}
