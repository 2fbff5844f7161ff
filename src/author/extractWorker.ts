/// <reference lib="webworker" />
/**
 * Drafts events off the page's thread: the page sends a source document already read (HTML needs
 * the page's DOMParser), the worker answers with the draft dataset or one message.
 */
import { extractDraft, type ExtractResult } from '../extract/extract';
import type { SourceDocument } from '../extract/types';

export interface ExtractRequest {
  readonly doc: SourceDocument;
  readonly date?: string;
  readonly fileName?: string;
}

export type ExtractReply =
  { readonly ok: true; readonly result: ExtractResult } | { readonly ok: false; readonly message: string };

self.onmessage = (e: MessageEvent<ExtractRequest>) => {
  const { doc, date, fileName } = e.data;
  let reply: ExtractReply;
  try {
    reply = { ok: true, result: extractDraft(doc, { ...(date ? { date } : {}), ...(fileName ? { fileName } : {}) }) };
  } catch (error) {
    reply = { ok: false, message: `The extraction failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);
};
