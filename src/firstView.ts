import { lastOpen } from './author/storage/openWork';
import type { Dataset } from './data/dataset';
import { DEFAULT_DATA_URL, fetchDatasetBytes } from './data/loadDataset';
import { createDatasetParser } from './data/parseInBackground';

/**
 * The page's first view of the bundled article is rendered at build time into index.html (see
 * src/prerender.tsx and vite.config.ts), so the timeline is on screen before the script has even
 * loaded. The script then hydrates that markup, on the page's plain address only: any other
 * address shows something else, and src/boot.js has hidden the view already.
 */

/** On #root when it holds the first view rendered at build time. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

/**
 * Whether the markup in `container` is the view this page will show (the same rule as
 * src/boot.js), drawn as it was rendered (boot.js notes a browser that refused its styles).
 */
export function canHydrate(container: HTMLElement, search: string): boolean {
  return (
    container.hasAttribute(PRERENDERED_ATTRIBUTE) &&
    !container.ownerDocument.documentElement.hasAttribute('data-style-blocked') &&
    search === '' &&
    lastOpen() === null
  );
}

/**
 * The bundled dataset, to hydrate with (index.html preloads it): null if it cannot be had, and
 * the page then renders afresh, where the usual loading says what went wrong.
 */
export async function bundledDataset(pageUrl: string): Promise<Dataset | null> {
  // Parsed as every load is (parseInBackground.ts), so it is the same dataset a load would give.
  const parser = createDatasetParser();
  const loaded = await fetchDatasetBytes(new URL(DEFAULT_DATA_URL, pageUrl), parser.push);
  if (!loaded.ok) {
    parser.cancel();
    return null;
  }
  const parsed = await parser.finish();
  return parsed.ok ? parsed.dataset : null;
}
