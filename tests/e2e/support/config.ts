/** Settings shared by the e2e global setup, the helpers and the tests. See /work/shared/TOOLCHAIN.md. */

declare module 'vitest' {
  export interface ProvidedContext {
    /** The preview server's address, ending in a slash. */
    baseUrl: string;
  }
}

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for a headless Chromium on these machines (no sandbox, GPU or background traffic). */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where the preview server serves tests/e2e/fixtures/, relative to the app's address. */
export const FIXTURES_PATH = 'e2e-fixtures';

/** Screenshots of each run (git-ignored); copies worth keeping are committed under docs/screenshots/. */
export const SCREENSHOTS_DIR = 'test-results/screenshots';
