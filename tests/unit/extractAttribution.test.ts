import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findAttribution, NOT_ATTRIBUTED } from '../../src/extract/attribution';

describe('findAttribution: a named source', () => {
  it('reads "according to X" up to the end of the source phrase', () => {
    expect(findAttribution('According to a Russian Embassy spokesperson, the year was marked.')).toEqual({
      text: 'According to a Russian Embassy spokesperson',
      who: 'a Russian Embassy spokesperson',
      how: 'according-to',
      cue: 'According to',
      from: 'passage',
    });
    expect(findAttribution('The toll rose to 40, according to local health officials.').who).toBe(
      'local health officials',
    );
    expect(findAttribution('According to the ministry the talks failed.').who).toBe('the ministry');
  });

  it('prefers a named source to a description inside the same sentence', () => {
    const passage =
      'According to a Russian Embassy spokesperson, 2025 marked the anniversary, which Russia described as a reference point.';
    expect(findAttribution(passage).how).toBe('according-to');
  });

  it.each([
    ['Russia said political dialogue with Washington was restored.', 'Russia said', 'Russia'],
    ['Russia says it made decisive efforts.', 'Russia says', 'Russia'],
    ['Russia stated that firm defence of its interests paid off.', 'Russia stated', 'Russia'],
    ['The ministry announced new tariffs on steel.', 'The ministry announced', 'The ministry'],
    ['In May the ministry announced new tariffs on steel.', 'The ministry announced', 'the ministry'],
    ['On Monday officials said the dam was safe.', 'Officials said', 'officials'],
    ['Officials have repeatedly said the dam is safe.', 'Officials said', 'Officials'],
    ['Russia also pointed to domestic measures.', 'Russia pointed to', 'Russia'],
    [
      'The talks stalled, a spokesperson for the Kremlin told reporters.',
      'A spokesperson for the Kremlin said',
      'a spokesperson for the Kremlin',
    ],
    ['“We will not retreat,” said the defence minister.', 'The defence minister said', 'the defence minister'],
    [
      'Prime Minister Narendra Modi told parliament that growth would resume.',
      'Prime Minister Narendra Modi said',
      'Prime Minister Narendra Modi',
    ],
    ['He said the vote would go ahead.', 'He said', 'He'],
  ])('reads the speaker of a reporting verb: %s', (passage, text, who) => {
    expect(findAttribution(passage)).toMatchObject({ how: 'said', text, who });
  });

  it('tells reports and claims from statements', () => {
    expect(findAttribution('The agency reported a sharp rise in cases.')).toMatchObject({
      how: 'reported',
      text: 'The agency reported',
    });
    expect(findAttribution('The Foreign Ministry claimed that the drones were shot down.')).toMatchObject({
      how: 'claimed',
      who: 'The Foreign Ministry',
    });
    expect(findAttribution('Rebels alleged that the army had fired first.')).toMatchObject({
      how: 'claimed',
      who: 'Rebels',
    });
  });

  it('reads the speaker of a description framed "X described ... as"', () => {
    expect(findAttribution('Relations deepened following what Russia described as allied assistance.')).toEqual({
      text: 'As Russia described it',
      who: 'Russia',
      how: 'described',
      cue: 'described',
      from: 'passage',
    });
    expect(findAttribution('The minister characterised the talks as frank.')).toMatchObject({
      how: 'described',
      who: 'The minister',
    });
  });

  it('reads the agent of a passive frame as the speaker', () => {
    expect(findAttribution('The firm was reported by Reuters to be considering a sale.')).toMatchObject({
      how: 'reported',
      who: 'Reuters',
      text: 'Reuters reported',
    });
    expect(findAttribution('The deal was described by officials as historic.')).toMatchObject({
      how: 'described',
      who: 'officials',
    });
  });
});

describe('findAttribution: no source named', () => {
  it('marks hearsay adverbs without inventing a speaker', () => {
    expect(findAttribution('Both sides reportedly reached understandings.')).toEqual({
      text: 'Reportedly (no source named)',
      how: 'reportedly',
      cue: 'reportedly',
      from: 'passage',
    });
    expect(findAttribution('The suspect allegedly stole the documents.')).toMatchObject({
      how: 'claimed',
      text: 'Allegedly (no source named)',
    });
  });

  it('marks passive frames without inventing a speaker', () => {
    expect(findAttribution('These efforts were framed as part of regional stability.')).toEqual({
      text: 'Were framed as (no source named)',
      how: 'described',
      cue: 'were framed as',
      from: 'passage',
    });
    expect(findAttribution('Steps taken were said to create favourable conditions.')).toMatchObject({
      how: 'reportedly',
      text: 'Were said to (no source named)',
    });
    expect(findAttribution('It is believed that at least 40 people died.').how).toBe('reportedly');
    expect(findAttribution('The man, said to be his brother, left.').who).toBeUndefined();
  });

  it('says so when nothing in the passage attributes it', () => {
    expect(findAttribution('The storm destroyed hundreds of homes.')).toEqual({ text: NOT_ATTRIBUTED, how: 'none' });
    // An announcement in the passive names no speaker and is not a hearsay frame.
    expect(findAttribution('The plan was announced in March.').how).toBe('none');
  });

  it('does not take the names of built-in object properties for frames', () => {
    expect(findAttribution('The constructor toString and valueOf hasOwnProperty were reviewed.').how).toBe('none');
  });

  it('does not take a capitalised headline verb for a frame', () => {
    expect(findAttribution('Russia Says Goodbye to Summer').how).toBe('none');
  });
});

describe('findAttribution: context', () => {
  const leadIn = 'Russia reported tangible progress in several key bilateral relationships:';

  it('takes the lead-in’s frame for a bullet that has none of its own', () => {
    expect(findAttribution('Iran: A new stage in relations with Iran was marked.', { heading: leadIn })).toEqual({
      text: 'Russia reported',
      who: 'Russia',
      how: 'reported',
      cue: 'reported',
      from: 'heading',
    });
  });

  it('keeps a passage’s own frame over the lead-in’s', () => {
    expect(findAttribution('Ministers said the talks went well.', { heading: leadIn })).toMatchObject({
      who: 'Ministers',
      from: 'passage',
    });
  });

  it('takes the frame of the rest of the sentence for a quoted clause', () => {
    const paragraph =
      'The figures rose sharply. According to the statistics office, exports fell in March. Imports held.';
    expect(findAttribution('exports fell in March', { paragraph })).toMatchObject({
      how: 'according-to',
      who: 'the statistics office',
      from: 'paragraph',
    });
    // A frame in another sentence of the paragraph does not cover the passage.
    expect(findAttribution('Imports held.', { paragraph }).how).toBe('none');
  });

  it('prefers the sentence’s named source to a description inside the quoted clause', () => {
    const paragraph = 'According to a spokesperson, the year marked an anniversary, which Russia described as central.';
    const passage = 'the year marked an anniversary, which Russia described as central.';
    expect(findAttribution(passage, { paragraph })).toMatchObject({ how: 'according-to', who: 'a spokesperson' });
  });
});

describe('findAttribution on the seed article', () => {
  const seed = JSON.parse(readFileSync('data/events.json', 'utf8')) as { source: { text: string } };
  const text = seed.source.text;
  const paragraphOf = (quote: string) => text.split(/\n\s*\n/u).find((p) => p.includes(quote))!;

  it.each([
    ['The year 2025 marked the 80th anniversary', 'According to a Russian Embassy spokesperson'],
    ['Russia said political dialogue with Washington', 'Russia said'],
    ['both sides reportedly reached understandings', 'Reportedly (no source named)'],
    ['These efforts were framed as part of regional stability', 'Were framed as (no source named)'],
    ['Steps taken to protect Orthodox Christianity', 'Were said to (no source named)'],
    ['Efforts to counter what Russia described as untruthful information', 'As Russia described it'],
    ['Russia stated that firm defence of its national interests', 'Russia stated'],
  ])('attributes "%s…"', (start, expected) => {
    const paragraph = paragraphOf(start);
    const passage = paragraph.slice(paragraph.indexOf(start)).split(/(?<=\.)\s/u)[0]!;
    expect(findAttribution(passage, { paragraph }).text).toBe(expected);
  });

  it.each([
    [
      'Approving an anti-narcotics strategy through 2030',
      'Russia highlighted progress in Eurasian integration, including:',
      'Russia highlighted',
    ],
    [
      'A new stage in relations with Iran was marked',
      'Russia reported tangible progress in several key bilateral relationships:',
      'Russia reported',
    ],
    [
      'Advancing economic and political cooperation across the region',
      'Russia highlighted progress in Eurasian integration, including:',
      'Russia highlighted',
    ],
  ])('attributes the bullet "%s" to its lead-in', (passage, heading, expected) => {
    expect(findAttribution(passage, { heading })).toMatchObject({ text: expected, who: 'Russia', from: 'heading' });
  });
});
