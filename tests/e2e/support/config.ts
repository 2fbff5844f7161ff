/** Settings shared by the e2e global setup, the helpers and the tests. See /work/shared/TOOLCHAIN.md. */

declare module 'vitest' {
  export interface ProvidedContext {
    /** The preview server's address, ending in a slash. */
    baseUrl: string;
  }
}

/** Debian's Chromium (never a downloaded browser) and its flags, shared with the benchmark. */
export { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../../scripts/chromium';

/** Where the preview server serves tests/e2e/fixtures/, relative to the app's address. */
export const FIXTURES_PATH = 'e2e-fixtures';

/** Screenshots of each run (git-ignored); copies worth keeping are committed under docs/screenshots/. */
export const SCREENSHOTS_DIR = 'test-results/screenshots';

/** The generated datasets the global setup writes there: large.json, and large-bad-quote.json with one quote changed. */
export const LARGE_COUNT = 4000;
export const LARGE_SEED = 5;
export const BAD_QUOTE_EVENT = 2345;
