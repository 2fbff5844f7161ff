import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium';

/** Starting and stopping Debian's Chromium, and time limits that hold whatever the page does. */

export { CHROMIUM_PATH };
const CHROMIUM_ARGS = [...CHROMIUM_FLAGS, '--enable-precise-memory-info'];
export const VIEWPORT = { width: 1280, height: 800 } as const;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Settles like `promise`, or rejects after `ms`. Playwright's own timeouts are not enough: they
 * did not fire while a page's main thread was blocked for minutes.
 */
export async function within<T>(promise: Promise<T>, ms: number, what: string | (() => string)): Promise<T> {
  promise.catch(() => undefined); // if the limit wins, a later rejection is not unhandled
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const text = typeof what === 'string' ? `${what} took longer than ${Math.round(ms / 1000)} s` : what();
      reject(new Error(text));
    }, ms);
  });
  try {
    return await Promise.race([promise, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A browser in its own server process, so that a renderer stuck in a long task can always be
 * stopped: `close` asks politely, then kills.
 */
export async function launchBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    const browser = await chromium.connect(server.wsEndpoint(), { timeout: 30_000 });
    const close = async () => {
      await within(browser.close(), 10_000, 'closing the browser').catch(() => undefined);
      await within(server.close(), 10_000, 'stopping Chromium').catch(() => server.kill());
    };
    return { browser, close };
  } catch (error) {
    await server.kill();
    throw error;
  }
}

/** The Chromium version string, e.g. "156.0.8078.108". */
export async function chromiumVersion(): Promise<string> {
  const { browser, close } = await launchBrowser();
  try {
    return browser.version();
  } finally {
    await close();
  }
}
