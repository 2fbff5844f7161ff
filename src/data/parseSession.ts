import { datasetReplies, eventsReply, quotesCheckedReply, type Reply } from './eventPacker';
import { checkQuotesInSteps, type PendingQuotes } from './quoteCheck';
import { readingPlacesByEvent } from './readingPlaces';
import { createStreamedEvents } from './streamedEvents';
import { createStreamParse } from './streamParse';

/**
 * What the parse worker does with one file (parseWorker.ts wires it to its messages; tests run it
 * as it is): parses and validates the text as it arrives (streamParse.ts), sending the events to
 * the page, packed, as they pass their check (streamedEvents.ts); once the whole file has passed,
 * all but its quotes, sends the rest of it and where each event goes; then, when asked, checks the
 * quotes, saying how far it has come, and sends where each one is. Worker-only.
 */
export interface ParseSession {
  /** The next piece of the file's text. */
  push(text: string): void;
  /** The file is in: sends the dataset or its problems. */
  end(): void;
  /** Checks the quotes of the dataset sent, once. */
  checkQuotes(): void;
}

/** Progress is told in steps of this fraction of the whole. */
const PROGRESS_STEP = 0.05;

export function createParseSession(send: (reply: Reply) => void): ParseSession {
  const streamed = createStreamedEvents();
  let sentEvents = false;
  const sendEvents = (packed: ReturnType<typeof streamed.flush>) => {
    if (!packed) return;
    sentEvents = true;
    send(eventsReply(packed));
  };
  const stream = createStreamParse({ onEvents: (events) => sendEvents(streamed.add(events)) });
  let pending: PendingQuotes | null = null;

  /** Sends the dataset's events and the rest of it, or its problems; returns its quotes to check. */
  const answer = (): PendingQuotes | null => {
    const end = stream.finish();
    if (end.way === 'quick') {
      sendEvents(streamed.flush());
      const { source, categories, events } = end.input;
      const { extent, order, moved } = streamed.finish();
      send({
        reply: { ok: true, source, categories, extent, eventCount: events.length, quotesChecked: false, order, moved },
        transfer: [],
      });
      return { text: source.text, quotes: events.map((e) => e.quote), ids: events.map((e) => e.id), order };
    }
    // Read again whole: what was sent is forgotten.
    if (sentEvents) send({ reply: { kind: 'restart' }, transfer: [] });
    const { result } = end;
    if (!result.ok) {
      send({ reply: result, transfer: [] });
      return null;
    }
    for (const reply of datasetReplies(result.dataset, false, readingPlacesByEvent(result.pending))) send(reply);
    return result.pending;
  };

  return {
    push: (text) => stream.push(text),
    end() {
      pending = answer();
    },
    checkQuotes() {
      if (!pending) return;
      const steps = checkQuotesInSteps(pending);
      pending = null;
      let told = 0;
      for (;;) {
        const step = steps.next();
        if (step.done) return send(quotesCheckedReply(step.value));
        if (step.value - told >= PROGRESS_STEP)
          send({ reply: { kind: 'quote-progress', checkedFraction: (told = step.value) }, transfer: [] });
      }
    },
  };
}
