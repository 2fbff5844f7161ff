import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { MAX_SOURCE_BYTES, readSource, type SourceResult } from '../../src/extract/source';
import type { SourceDocument } from '../../src/extract/types';

const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
// linkedom's document is typed as its own class; at run time it is the DOM Readability needs.
const parseHtml = (html: string): Document => parseHTML(html).document as unknown as Document;

function read(text: string, fileName: string): SourceDocument {
  const result = readSource(encode(text), fileName, parseHtml);
  if (!result.ok) throw new Error(result.message);
  return result.doc;
}

function failure(result: SourceResult): string {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.message;
}

const story =
  'The council voted on Tuesday to close the old bridge to traffic after engineers found cracks in two of its piers. ' +
  'Repairs are expected to take most of the coming year, and a ferry will run in the meantime.';

describe('readSource refuses bad input with one line naming the problem and the file', () => {
  it('an empty file', () => {
    const message = failure(readSource(new Uint8Array(0), 'empty.txt'));
    expect(message).toMatch(/empty\.txt is empty/);
    expect(message).not.toContain('\n');
  });

  it('a file of whitespace only', () => {
    expect(failure(readSource(encode(' \n\t\r\n  '), 'blank.md'))).toMatch(
      /blank\.md is empty: it holds only whitespace/,
    );
  });

  it('a binary file with NUL bytes', () => {
    expect(failure(readSource(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), 'photo.txt'))).toMatch(
      /photo\.txt is a binary file \(it contains NUL bytes\)/,
    );
  });

  it('a file that is not UTF-8', () => {
    const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]); // "café noir" in Latin-1
    expect(failure(readSource(latin1, 'cafe.txt'))).toMatch(/cafe\.txt is not UTF-8 text/);
  });

  it('a UTF-16 file, by name of its encoding', () => {
    expect(failure(readSource(new Uint8Array([0xff, 0xfe, 0x41, 0, 0x42, 0]), 'wide.txt'))).toMatch(
      /wide\.txt is UTF-16/,
    );
  });

  it('a file over the size cap, with its size and the cap in binary units', () => {
    const message = failure(readSource(new Uint8Array(50 * 1024 * 1024), 'huge.txt'));
    expect(message).toBe('huge.txt is too large: it is 50.0 MB, and an article file can be at most 5.0 MB.');
    expect(failure(readSource(new Uint8Array(MAX_SOURCE_BYTES + 1), 'edge.txt'))).toMatch(/edge\.txt is too large/);
  });

  it('a web page with no article in it', () => {
    const page =
      '<!doctype html><html><head><title>Home</title></head><body><nav><a href="/">Home</a></nav></body></html>';
    expect(failure(readSource(encode(page), 'nav.html', parseHtml))).toMatch(/nav\.html has no readable article in it/);
  });

  it('an HTML file when no parser is given', () => {
    expect(failure(readSource(encode(`<html><body><p>${story}</p></body></html>`), 'page.htm'))).toMatch(
      /page\.htm is HTML, and no HTML parser/,
    );
  });
});

describe('readSource on the seed article', () => {
  const bytes = new Uint8Array(readFileSync(new URL('../../../shared/seed/article.txt', import.meta.url)));
  const decoded = new TextDecoder().decode(bytes);
  const doc = read(decoded, 'article.txt');

  it('reads the title, byline and publisher from the header', () => {
    expect(doc.format).toBe('text');
    expect(doc.title).toBe('Russia Highlights 2025 Foreign Policy Outcomes, Pushes Multipolar World Order');
    expect(doc.byline).toContain('ABID SIDDIQUE CHAUDHRY');
    expect(doc.publisher).toBe('TWA');
  });

  it('keeps the body from the dateline to the last sentence, without share buttons or comment form', () => {
    expect(doc.text.startsWith('ISLAMABAD:')).toBe(true);
    expect(doc.text.endsWith('international relations in 2026.')).toBe(true);
    expect(doc.text).not.toMatch(/Facebook|WhatsApp|Leave a comment|email address/);
  });

  it('keeps the body a verbatim slice of the decoded file', () => {
    expect(doc.text).toBe(decoded.slice(doc.bodyStart, doc.bodyStart + doc.text.length));
  });
});

describe('readSource on text and Markdown', () => {
  it('keeps CRLF line ends in the body', () => {
    const file = `Bridge Closed After Cracks Found\r\n\r\nBy Jane Doe\r\n\r\n${story}\r\n\r\nA second paragraph.\r\n`;
    const doc = read(file, 'bridge.txt');
    expect(doc.title).toBe('Bridge Closed After Cracks Found');
    expect(doc.byline).toBe('Jane Doe');
    expect(doc.text).toBe(`${story}\r\n\r\nA second paragraph.`);
    expect(doc.text).toBe(file.slice(doc.bodyStart, doc.bodyStart + doc.text.length));
  });

  it('strips a byte-order mark and counts offsets after it', () => {
    const doc = readSource(new Uint8Array([0xef, 0xbb, 0xbf, ...encode(story)]), 'bom.txt');
    expect(doc.ok && doc.doc.bodyStart === 0 && doc.doc.text === story).toBe(true);
  });

  it('takes a body that starts with a sentence as all body, with no title', () => {
    const doc = read(`${story}\n\nMore.`, 'plain.txt');
    expect(doc.title).toBeUndefined();
    expect(doc.bodyStart).toBe(0);
  });

  it('does not take a sentence starting with "By" for a byline', () => {
    const doc = read(`Storm Hits Coast\n\nBy the time the storm passed, ${story}`, 'storm.txt');
    expect(doc.byline).toBeUndefined();
    expect(doc.text.startsWith('By the time')).toBe(true);
  });

  it('reads a Markdown # title, a date line and a separator as header', () => {
    const file = `# Bridge Closed\n\n*By Jane Doe*\n\nPublished March 15, 2013\n\n---\n\n${story}\n\nShare on Facebook\n\nRelated posts\n\n- Other news\n`;
    const doc = read(file, 'bridge.md');
    expect(doc).toMatchObject({ format: 'markdown', title: 'Bridge Closed', byline: 'Jane Doe' });
    expect(doc.dateLine).toBe('Published March 15, 2013');
    expect(doc.text).toBe(story);
  });

  it('reads Markdown front matter', () => {
    const file = `---\ntitle: "Bridge Closed"\nauthor: Jane Doe\ndate: 2013-03-15\n---\n\n${story}\n`;
    const doc = read(file, 'bridge.markdown');
    expect(doc).toMatchObject({ title: 'Bridge Closed', byline: 'Jane Doe', text: story });
    expect(doc.published).toEqual({ value: '2013-03-15', field: 'front matter "date"' });
  });

  it('keeps a "Related" heading that sits early in the story', () => {
    const file = `${story}\n\nRelated articles\n\n${story}\n\n${story}\n\n${story}`;
    expect(read(file, 'boxed.txt').text).toBe(file);
  });

  it('sniffs an HTML document with an unknown extension, and text otherwise', () => {
    expect(read(`<!DOCTYPE html><html><body><article><p>${story}</p></article></body></html>`, 'page.dat').format).toBe(
      'html',
    );
    expect(read(story, 'notes').format).toBe('text');
  });
});

describe('readSource on web pages', () => {
  const paragraphs = `<p>WASHINGTON (AP) — ${story}</p>\n<p>Officials   said the
    ferry would be <em>free</em> for residents.</p>`;

  it('reads the published time from meta tags before Readability rewrites the page', () => {
    const page = `<!doctype html><html><head><title>Bridge Closed</title>
      <meta property="article:published_time" content="2013-03-15T09:30:00-05:00">
      <meta property="og:site_name" content="The Daily Record"></head>
      <body><article><h1>Bridge Closed</h1><p class="byline">By Jane Doe</p>${paragraphs}</article></body></html>`;
    const doc = read(page, 'meta.html');
    expect(doc).toMatchObject({ format: 'html', bodyStart: 0, title: 'Bridge Closed', publisher: 'The Daily Record' });
    expect(doc.byline).toContain('Jane Doe');
    expect(doc.published).toEqual({
      value: '2013-03-15T09:30:00-05:00',
      field: 'meta[property="article:published_time"]',
    });
    expect(doc.text).toBe(`WASHINGTON (AP) — ${story}\n\nOfficials said the ferry would be free for residents.`);
  });

  it('reads datePublished from a JSON-LD @graph', () => {
    const page = `<html><head><title>Bridge Closed</title>
      <script type="application/ld+json">{ not json </script>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},
        {"@type":"NewsArticle","headline":"Bridge Closed","datePublished":"2013-03-15"}]}</script></head>
      <body><main>${paragraphs}</main></body></html>`;
    expect(read(page, 'ld.html').published).toEqual({ value: '2013-03-15', field: 'JSON-LD datePublished' });
  });

  it('reads an article <time datetime> before one elsewhere on the page', () => {
    const page = `<html><head><title>Bridge Closed</title></head><body>
      <header>Today is <time datetime="2020-01-01">1 January</time></header>
      <article><time datetime="2013-03-15T10:00Z">March 15</time>${paragraphs}</article></body></html>`;
    expect(read(page, 'time.html').published).toEqual({ value: '2013-03-15T10:00Z', field: 'time[datetime]' });
  });

  it('leaves scripts, styles and navigation out of the body', () => {
    const page = `<html><head><title>Bridge Closed</title><style>p { color: red }</style>
      <script>window.tracker = "SECRET-SCRIPT";</script></head><body>
      <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
      <div class="content">${paragraphs}<script>alert("SECRET-INLINE")</script>
      <ul><li>First point of the plan.</li><li>Second point.</li></ul></div>
      <footer>Copyright 2013 The Daily Record</footer></body></html>`;
    const doc = read(page, 'scripts.html');
    expect(doc.text).not.toMatch(/SECRET|tracker|color: red|Home/);
    expect(doc.text.split('\n\n')).toContain('First point of the plan.');
    expect(doc.text.startsWith('WASHINGTON (AP) —')).toBe(true);
    expect(doc.published).toBeUndefined();
  });
});

describe('readSource on an HTML fragment', () => {
  it('reads a page of bare paragraphs, as a browser would', () => {
    expect(read(`<p>${story}</p><p>Second paragraph.</p>`, 'fragment.html').text).toBe(`${story}\n\nSecond paragraph.`);
  });
});
