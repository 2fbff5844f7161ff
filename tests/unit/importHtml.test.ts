import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText, httpUrl } from '../../src/import/html';

describe('htmlToText', () => {
  it('drops tags and turns block elements into line breaks', () => {
    expect(htmlToText('<p>First <b>bold</b> words.</p><p>Second<br>line</p>').text).toBe(
      'First bold words.\nSecond\nline',
    );
  });

  it('collapses source whitespace as HTML renders it, leaving no blank lines', () => {
    expect(htmlToText('  one\n  two\t three <div>\n\n</div>  <p> four </p>').text).toBe('one two three\nfour');
  });

  it('decodes named and numeric entities after the tags are gone', () => {
    expect(htmlToText('Caf&eacute; &amp; bar &#8211; &#x2014; &ldquo;hi&rdquo;&nbsp;there').text).toBe(
      'Café & bar – — “hi” there',
    );
  });

  it('removes a <script> element with its contents, so nothing of it runs or shows', () => {
    const r = htmlToText('<p>Before</p><script>alert("x")</script><p>After</p><SCRIPT src=x></SCRIPT >');
    expect(r.text).toBe('Before\nAfter');
  });

  it('removes an <img onerror=…> tag whole, attribute and all', () => {
    const r = htmlToText('A <img src=x onerror="alert(1)"> B <svg onload=alert(2)><text>t</text></svg>C');
    expect(r.text).toBe('A B C');
    expect(r.text).not.toMatch(/onerror|onload|alert/);
  });

  it('keeps escaped markup as inert text, never as a tag', () => {
    const r = htmlToText('&lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=alert(1)&gt;');
    expect(r.text).toBe('<script>alert(1)</script> and <img src=x onerror=alert(1)>');
    expect(r.links).toEqual([]);
  });

  it('drops an unterminated script to the end rather than showing its code', () => {
    expect(htmlToText('ok <script>steal(document.cookie)').text).toBe('ok');
  });

  it('leaves a "<" that starts no tag as text', () => {
    expect(htmlToText('3 < 4 and 5 <> 6').text).toBe('3 < 4 and 5 <> 6');
  });

  it('drops comments and doctype', () => {
    expect(htmlToText('<!DOCTYPE html>a<!-- <script>x</script> -->b').text).toBe('ab');
  });

  it('collects <a href> links with http(s) addresses only, labelled by their text', () => {
    const r = htmlToText(
      '<a href="https://example.org/a?x=1&amp;y=2">One</a> <a href="javascript:alert(1)">bad</a> ' +
        "<a href='data:text/html,x'>data</a> <a href=/relative>rel</a> <a href=http://example.com>two <i>words</i></a>",
    );
    expect(r.links).toEqual([
      { url: 'https://example.org/a?x=1&y=2', label: 'One' },
      { url: 'http://example.com/', label: 'two words' },
    ]);
    expect(r.text).toBe('One bad data rel two words');
  });

  it('strips control characters', () => {
    expect(htmlToText('a\u0000b\u0007c\u009fd').text).toBe('abcd');
  });
});

describe('decodeEntities and httpUrl', () => {
  it('turns invalid code points into U+FFFD and leaves unknown names alone', () => {
    expect(decodeEntities('&#0;&#xD800;&#1114112;&bogus;')).toBe('\ufffd\ufffd\ufffd&bogus;');
  });

  it('accepts only absolute http and https addresses', () => {
    expect(httpUrl(' https://example.org/x ')).toBe('https://example.org/x');
    expect(httpUrl('HTTP://EXAMPLE.ORG')).toBe('http://example.org/');
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'ftp://x.org', '//example.org', 'http://'])
      expect(httpUrl(bad)).toBeNull();
  });
});
