/**
 * Where a JSON text first goes wrong, in words and with a line and column. JSON.parse's own
 * messages differ between engines and sometimes give no position, so when it fails this scanner
 * finds the place. It is iterative, so deeply nested input cannot overflow the stack.
 */

import type { DatasetIssue } from './dataset';

export interface JsonSyntaxError {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

type State = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'commaOrEnd' | 'done';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;

// Control, format and space characters print as nothing or as a plain space, and half a
// surrogate pair as garbage, so those are named by code point; a double quote goes in single ones.
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Z}]$/u;

/** The character at `i` (a whole code point) as a message shows it. */
function describeChar(text: string, i: number): string {
  const code = text.codePointAt(i);
  if (code === undefined) return 'the end of the file';
  const c = String.fromCodePoint(code);
  if (INVISIBLE.test(c)) return `character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return c === '"' ? `'"'` : `"${c}"`;
}

/** Scans a string starting at the quote at `i`; returns the offset after it, or an error. */
function scanString(text: string, i: number): number | { offset: number; message: string } {
  for (let j = i + 1; j < text.length; j++) {
    const code = text.charCodeAt(j);
    if (code === 0x22) return j + 1;
    if (code < 0x20)
      return { offset: j, message: 'a line break or control character inside a string (write it as \\n or \\t)' };
    if (code === 0x5c) {
      const e = text[j + 1] ?? '';
      if (e === 'u') {
        if (!HEX4.test(text.slice(j + 2, j + 6))) return { offset: j, message: 'a \\u escape needs four hex digits' };
        j += 5;
      } else if ('"\\/bfnrt'.includes(e) && e !== '') j += 1;
      else if (e === '') break;
      else {
        // Shown the way describeChar shows it, so a line break after the backslash stays on one line.
        const what = describeChar(text, j + 1);
        const message = what.startsWith('"') ? `"\\${what.slice(1)}` : `a backslash before ${what}`;
        return { offset: j, message: `${message} is not a JSON escape` };
      }
    }
  }
  return { offset: text.length, message: 'a string is not closed (the file ends inside it)' };
}

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The first syntax error in `text`, or null if it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const stack: string[] = [];
  let state = 'value' as State;
  let i = 0;
  const error = (offset: number, message: string): JsonSyntaxError => ({ offset, ...position(text, offset), message });
  const valueDone = () => {
    state = stack.length === 0 ? 'done' : 'commaOrEnd';
  };

  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
    const c = text[i] ?? '';
    if (c === '') {
      if (state === 'done') return null;
      const open = stack.length ? ` (${stack.length} bracket${stack.length > 1 ? 's' : ''} still open)` : '';
      return error(i, `the file ends too early${open}`);
    }
    switch (state) {
      case 'done':
        return error(i, `unexpected ${describeChar(text, i)} after the end of the JSON value`);
      case 'value':
      case 'valueOrEnd':
        if (state === 'valueOrEnd' && c === ']') {
          stack.pop();
          i++;
          valueDone();
        } else if (c === '{' || c === '[') {
          stack.push(c);
          state = c === '{' ? 'keyOrEnd' : 'valueOrEnd';
          i++;
        } else if (c === '"') {
          const r = scanString(text, i);
          if (typeof r !== 'number') return error(r.offset, r.message);
          i = r;
          valueDone();
        } else if (c === '-' || (c >= '0' && c <= '9')) {
          NUMBER.lastIndex = i;
          if (!NUMBER.test(text)) return error(i, 'a number is malformed');
          i = NUMBER.lastIndex;
          valueDone();
        } else {
          const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
          if (!word)
            return error(
              i,
              `expected a value (text in double quotes, a number, true, false, null, { or [), found ${describeChar(text, i)}`,
            );
          i += word.length;
          valueDone();
        }
        break;
      case 'keyOrEnd':
      case 'key':
        if (state === 'keyOrEnd' && c === '}') {
          stack.pop();
          i++;
          valueDone();
        } else if (c === '"') {
          const r = scanString(text, i);
          if (typeof r !== 'number') return error(r.offset, r.message);
          i = r;
          state = 'colon';
        } else return error(i, `expected a property name in double quotes, found ${describeChar(text, i)}`);
        break;
      case 'colon':
        if (c !== ':') return error(i, `expected ":" after the property name, found ${describeChar(text, i)}`);
        i++;
        state = 'value';
        break;
      case 'commaOrEnd': {
        const top = stack[stack.length - 1];
        const close = top === '{' ? '}' : ']';
        if (c === ',') {
          i++;
          state = top === '{' ? 'key' : 'value';
        } else if (c === close) {
          stack.pop();
          i++;
          valueDone();
        } else return error(i, `expected "," or "${close}", found ${describeChar(text, i)}`);
        break;
      }
    }
  }
}

/** The one problem of a text that is not JSON, located. */
export function jsonSyntaxProblem(body: string): { ok: false; issues: DatasetIssue[] } {
  const err = findJsonSyntaxError(body) ?? { line: 1, column: 1, message: 'the text is not JSON' };
  return { ok: false, issues: [{ path: [], line: err.line, column: err.column, message: err.message }] };
}
