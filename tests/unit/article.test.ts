import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The bundled dataset against the article as published (../shared/seed/article.txt): every
 * quote is the article's own words, and the text the app shows adds nothing to it.
 */
const ARTICLE = readFileSync(new URL('../../../shared/seed/article.txt', import.meta.url), 'utf8');
const DATA = JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')) as {
  source: { title: string; author: string; text: string };
  events: { id: string; quote: string; date: string }[];
};
const fold = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

describe('data/events.json against the published article', () => {
  it('every quote occurs verbatim in the article (whitespace folded)', () => {
    const article = fold(ARTICLE);
    const missing = DATA.events.filter((e) => !article.includes(fold(e.quote))).map((e) => e.id);
    expect(missing).toEqual([]);
  });

  it('every paragraph of source.text is in the article, so nothing was added', () => {
    const article = fold(ARTICLE);
    const added = DATA.source.text.split(/\n\s*\n/).filter((p) => !article.includes(fold(p)));
    expect(added).toEqual([]);
  });

  it('source.text keeps the article body and drops the share buttons and comment form', () => {
    const text = DATA.source.text;
    expect(text.startsWith('ISLAMABAD: In a wide-ranging assessment')).toBe(true);
    expect(text.endsWith('will remain a central focus of international relations in 2026.')).toBe(true);
    expect(text).not.toMatch(/Facebook|WhatsApp|Leave a comment|email address/);
    // Each bullet's wording is kept.
    const bullets = ARTICLE.split('\n')
      .filter((l) => l.includes('•'))
      .map((l) => fold(l));
    for (const b of bullets) expect(fold(text)).toContain(b);
  });

  it('title and author are as published', () => {
    expect(ARTICLE).toContain(DATA.source.title);
    expect(ARTICLE).toContain(DATA.source.author);
  });

  it('keeps to 2025, the year the article reports', () => {
    expect(DATA.events.filter((e) => !e.date.startsWith('2025')).map((e) => e.id)).toEqual([]);
  });
});
