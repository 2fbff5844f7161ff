import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../src/data/jsonSyntax';

const at = (text: string) => {
  const e = findJsonSyntaxError(text);
  return e && `${e.line}:${e.column} ${e.message}`;
};

describe('findJsonSyntaxError', () => {
  it('finds nothing wrong with valid JSON', () => {
    for (const ok of ['{}', '[]', '"x"', '-0.5e3', 'null', ' {"a": [1, true, {"b": "\\u00e9\\n"}]} '])
      expect(at(ok)).toBeNull();
  });

  it('places each kind of error at its line and column', () => {
    expect(at('{"a": 1,}')).toBe('1:9 expected a property name in double quotes, found "}"');
    expect(at('[1, 2,]')).toMatch(/^1:7 expected a value/);
    expect(at('{\n  "a" 1\n}')).toBe('2:7 expected ":" after the property name, found "1"');
    expect(at('{"a": tru}')).toMatch(/^1:7 expected a value/);
    expect(at('[1 2]')).toBe('1:4 expected "," or "]", found "2"');
    expect(at('{"a": "b\nc"}')).toMatch(/^1:9 a line break or control character inside a string/);
    expect(at('"\\x"')).toBe('1:2 "\\x" is not a JSON escape');
    expect(at('{"a": 01}')).toBe('1:8 expected "," or "}", found "1"');
    expect(at('[1] [2]')).toBe('1:5 unexpected "[" after the end of the JSON value');
    expect(at('')).toBe('1:1 the file ends too early');
    expect(at('{"a": [1, 2')).toBe('1:12 the file ends too early (2 brackets still open)');
    expect(at('{"a": "open')).toBe('1:12 a string is not closed (the file ends inside it)');
  });

  it('names invisible characters by code point, a stray double quote in single quotes, a bad escape on one line', () => {
    expect(at('\x1f\x8b\x08')).toMatch(/^1:1 expected a value .*, found character U\+001F$/);
    expect(at('{"a":\u00a01}')).toMatch(/^1:6 expected a value .*, found character U\+00A0$/);
    expect(at('[1,\ud800]')).toMatch(/^1:4 expected a value .*, found character U\+D800$/);
    expect(at('{}\ufeff')).toBe('1:3 unexpected character U+FEFF after the end of the JSON value');
    expect(at('\u{1f642}')).toMatch(/^1:1 expected a value .*, found "\u{1f642}"$/u);
    expect(at('{"a": 1\n "b": 2}')).toBe(`2:2 expected "," or "}", found '"'`);
    expect(at('"a\\\nb"')).toBe('1:3 a backslash before character U+000A is not a JSON escape');
    expect(at('"\\\u{1f642}"')).toBe('1:2 "\\\u{1f642}" is not a JSON escape');
    expect(at('"abc\\')).toBe('1:6 a string is not closed (the file ends inside it)');
  });

  it('copes with deep nesting without overflowing the stack', () => {
    expect(at('['.repeat(200_000))).toBe('1:200001 the file ends too early (200000 brackets still open)');
  });

  it('agrees with JSON.parse on what is valid, for truncations of a real document', () => {
    const doc = JSON.stringify({ a: [1, 2.5, -3e2, 'x\n"y"'], b: { c: null, d: true, e: false } }, null, 1);
    for (let i = 0; i <= doc.length; i++) {
      const text = doc.slice(0, i);
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(findJsonSyntaxError(text) === null, JSON.stringify(text)).toBe(valid);
    }
  });
});
