import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchDatasetBytes, resolveDataUrl, takeEarlyFetch } from '../../src/data/loadDataset';
import { decodeChunks } from '../../src/data/dataset';
import { createDatasetParser } from '../../src/data/parseInBackground';

/** A sink that keeps the chunks, as the parser would get them. */
function collect() {
  const chunks: Uint8Array[] = [];
  return { chunks, sink: (c: Uint8Array) => void chunks.push(c) };
}
const ignore = () => {};

const PAGE = 'https://timeline.example/app/?data=x';

describe('resolveDataUrl', () => {
  it('defaults to the bundled dataset beside the page', () => {
    const r = resolveDataUrl(null, PAGE);
    expect(r.ok && r.value.href).toBe('https://timeline.example/app/data/events.json');
  });

  it('accepts same-site paths and http(s) addresses', () => {
    for (const [param, href] of [
      ['other.json', 'https://timeline.example/app/other.json'],
      ['/datasets/a.json', 'https://timeline.example/datasets/a.json'],
      ['https://data.example/a.json', 'https://data.example/a.json'],
      ['http://data.example/a.json', 'http://data.example/a.json'],
    ]) {
      const r = resolveDataUrl(param!, PAGE);
      expect(r.ok && r.value.href).toBe(href);
    }
  });

  it('refuses other schemes with a message naming the address', () => {
    for (const bad of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd', 'ftp://x/y.json']) {
      const r = resolveDataUrl(bad, PAGE);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain(`"${bad}" is not allowed`);
    }
  });
});

function fakeFetch(body: string, init: ResponseInit = {}): typeof fetch {
  return async () => new Response(body, init);
}

describe('fetchDatasetBytes', () => {
  const url = new URL('https://timeline.example/data.json');

  it('hands the bytes to the sink, says how many came, and reports progress', async () => {
    const seen: number[] = [];
    const { chunks, sink } = collect();
    const r = await fetchDatasetBytes(url, sink, {
      fetchImpl: fakeFetch('{"a":"é"}'),
      onProgress: (n) => seen.push(n),
    });
    expect(r).toEqual({ ok: true, value: 10 });
    expect(decodeChunks(chunks)).toBe('{"a":"é"}');
    expect(seen.at(-1)).toBe(10);
  });

  it('decodes text split across chunks anywhere, even inside a character, and drops a byte order mark', () => {
    const bytes = new TextEncoder().encode('\ufeff{"title":"Bakı – Москва"}');
    for (let cut = 0; cut <= bytes.length; cut++)
      expect(decodeChunks([bytes.slice(0, cut), bytes.slice(cut)])).toBe('{"title":"Bakı – Москва"}');
  });

  it('parses a dataset that arrived in pieces (here, with no worker, on this side)', async () => {
    const bytes = new TextEncoder().encode(readFileSync('data/events.json', 'utf8'));
    const parser = createDatasetParser();
    for (let at = 0; at < bytes.length; at += 997) parser.push(bytes.slice(at, at + 997));
    const r = await parser.finish();
    expect(r.ok && r.dataset.events.length).toBe(20);
  });

  it('gives no total for a compressed reply, whose length is not what it decodes to', async () => {
    const totals: (number | null)[] = [];
    const gzipped: typeof fetch = async () =>
      new Response('{"a":1}', { headers: { 'content-encoding': 'gzip', 'content-length': '3' } });
    const r = await fetchDatasetBytes(url, ignore, {
      fetchImpl: gzipped,
      onProgress: (_n, total) => totals.push(total),
    });
    expect(r.ok).toBe(true);
    expect(totals).toEqual([null]);
  });

  it("names the server's answer when it is not OK", async () => {
    const r = await fetchDatasetBytes(url, ignore, {
      fetchImpl: fakeFetch('nope', { status: 404, statusText: 'Not Found' }),
    });
    expect(r).toEqual({
      ok: false,
      retryable: false,
      message: 'Could not load the dataset from https://timeline.example/data.json: the server answered 404 Not Found.',
    });
  });

  it('stops at the size cap and says so', async () => {
    const r = await fetchDatasetBytes(url, ignore, { fetchImpl: fakeFetch('x'.repeat(5000)), maxBytes: 1024 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/is larger than 1 KB, the most this app loads/);
  });

  it('gives up after the time limit with a message that offers a retry', async () => {
    const never: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    const r = await fetchDatasetBytes(url, ignore, { fetchImpl: never, timeoutMs: 20 });
    expect(r).toEqual({
      ok: false,
      retryable: true,
      message: 'Loading the dataset from https://timeline.example/data.json took longer than 0.02 s and was stopped.',
    });
  });

  it('reports a network failure as retryable', async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const r = await fetchDatasetBytes(url, ignore, { fetchImpl: failing });
    expect(r).toEqual({
      ok: false,
      retryable: true,
      message: 'Could not reach https://timeline.example/data.json: the network request failed.',
    });
  });
});

describe('fetchDatasetBytes on hosts that answer every path with a page', () => {
  it('asks for JSON, and names a web page in reply as "no dataset here"', async () => {
    let accept: string | null = null;
    const host: typeof fetch = async (_input, init) => {
      accept = new Headers(init?.headers).get('accept');
      return new Response('<!doctype html><title>App</title>', {
        headers: { 'content-type': 'text/html; charset=utf-8' },
      });
    };
    const r = await fetchDatasetBytes(new URL('https://timeline.example/missing.json'), ignore, { fetchImpl: host });
    expect(accept).toBe('application/json');
    expect(r).toEqual({
      ok: false,
      retryable: false,
      message:
        'There is no dataset at https://timeline.example/missing.json: the server answered with a web page, not JSON. Check the address.',
    });
  });
});

describe('takeEarlyFetch: the download src/boot.js started for ?data=', () => {
  const url = new URL('https://timeline.example/big.json');
  /** What boot.js leaves on the page for `href`; its request answers `body`. */
  function started(href: string, body = '{"early":true}') {
    const controller = new AbortController();
    const early = { href, response: Promise.resolve(new Response(body)), controller };
    vi.stubGlobal('window', { __articleTimelineEarlyFetch: early });
    return early;
  }
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is read by the load of the same address, which makes no request of its own', async () => {
    started(url.href);
    const ownRequests = vi.fn(fakeFetch('{"late":true}'));
    vi.stubGlobal('fetch', ownRequests);
    const { chunks, sink } = collect();
    const r = await fetchDatasetBytes(url, sink, { fetchImpl: takeEarlyFetch(url) });
    expect(r).toEqual({ ok: true, value: 14 });
    expect(decodeChunks(chunks)).toBe('{"early":true}');
    expect(ownRequests).not.toHaveBeenCalled();
  });

  it('is taken once: a retry of the same address makes a request of its own', () => {
    started(url.href);
    expect(takeEarlyFetch(url)).toBeDefined();
    expect(takeEarlyFetch(url)).toBeUndefined();
  });

  it('is not taken by a load of another address', () => {
    started('https://timeline.example/other.json');
    expect(takeEarlyFetch(url)).toBeUndefined();
  });

  it('is aborted when the load that took it is abandoned', async () => {
    const early = started(url.href);
    const abandon = new AbortController();
    const load = fetchDatasetBytes(url, ignore, { fetchImpl: takeEarlyFetch(url), signal: abandon.signal });
    abandon.abort();
    await load;
    expect(early.controller.signal.aborted).toBe(true);
  });

  it('is none outside a browser page', () => {
    expect(takeEarlyFetch(url)).toBeUndefined();
  });
});
