import { useSyncExternalStore } from 'react';

type Theme = 'system' | 'light' | 'dark';
const ORDER: readonly Theme[] = ['system', 'light', 'dark'];
/** Also read by src/boot.js, which applies the theme before the first paint. */
const STORAGE_KEY = 'article-timeline-theme';

/** The choice made on this page, for when storage is unavailable (private mode). */
let chosen: Theme | null = null;
const listeners = new Set<() => void>();

function stored(): Theme {
  if (chosen !== null) return chosen;
  try {
    const t = localStorage.getItem(STORAGE_KEY);
    return t === 'light' || t === 'dark' ? t : 'system';
  } catch {
    return 'system';
  }
}

function choose(theme: Theme): void {
  chosen = theme;
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  try {
    if (theme === 'system') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page only.
  }
  listeners.forEach((l) => l());
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

/**
 * Light, dark, or whatever the system prefers (the default). Remembered on this device, and
 * applied before the first paint by src/boot.js; "system" in markup rendered at build time.
 */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, stored, () => 'system' as Theme);
  const next = ORDER[(ORDER.indexOf(theme) + 1) % ORDER.length]!;
  return (
    <button type="button" className="theme-toggle" onClick={() => choose(next)} title={`Switch to ${next} theme`}>
      Theme: {theme}
    </button>
  );
}
