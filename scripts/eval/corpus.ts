/** Reads the TempEval-3 training corpus and HeidelTime's output on it from ../shared (read only). */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Expression } from './score';

export const SHARED = new URL('../../../shared/', import.meta.url).pathname;
const CORPUS = join(SHARED, 'corpora/tbaq');
const HEIDELTIME = join(SHARED, 'corpora/tbaq-heideltime');

export interface CorpusDocument {
  readonly doc: string;
  readonly dct: string;
  readonly text: string;
  readonly timexes: readonly (Expression & { text: string })[];
}

export function readCorpus(): CorpusDocument[] {
  if (!existsSync(CORPUS)) throw new Error(`the annotated corpus is not at ${CORPUS}`);
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(CORPUS, f), 'utf8')) as CorpusDocument);
}

export function readHeidelTime(doc: string): Expression[] {
  return JSON.parse(readFileSync(join(HEIDELTIME, `${doc}.json`), 'utf8')) as Expression[];
}
