import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/dataset';
import { convertTimelineCsv, parseCsvRows } from '../../src/import/csv';
import { convertTimelineRows, parseClock, type Cell } from '../../src/import/sheet';
import { convertTimelineXlsx } from '../../src/import/xlsx';

const HEADER = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Type,Group';

function csv(...rows: string[]) {
  const r = convertTimelineCsv([HEADER, ...rows].join('\r\n'));
  if (!r.ok) throw new Error(r.message);
  expect(parseDataset(r.dataset).ok).toBe(true);
  return r;
}

describe('convertTimelineCsv', () => {
  it('reads the template fixture: title row, quoted newlines, time, era, rows without a year named', () => {
    const r = convertTimelineCsv(readFileSync('tests/fixtures/import/timeline.csv', 'utf8'));
    if (!r.ok) throw new Error(r.message);
    expect(r.format).toBe('TimelineJS3 spreadsheet (CSV)');
    expect(r.dataset.source.title).toBe('A CSV Timeline');
    expect(r.dataset.source.framing).toMatch(/^Made by hand, with "quotes" and\s+a line break\. /);
    expect(r.dataset.events.map((e) => [e.title, e.date, e.categories[0]])).toEqual([
      ['Year only', '1815', 'ungrouped'],
      ['Eagle has landed', '1969-07-20T20:17:00', 'space'],
      ['The Sixties', '1960/1970', 'eras'],
    ]);
    expect(r.dataset.events[1]!.links).toEqual([{ url: 'https://example.org/a', label: 'Apollo' }]);
    // The blank row is skipped without a word; the row with words but no year is named.
    expect(r.notices).toEqual(['“No year” (row 6): has no start date (a year at least), so it is left out.']);
  });

  it('finds columns by header in any order and case, and a byte-order mark does not hide the first', () => {
    const r = convertTimelineCsv('\ufeffHEADLINE,year,month\nLate,2020,3\n');
    expect(r.ok && r.dataset.events.map((e) => [e.title, e.date])).toEqual([['Late', '2020-03']]);
  });

  it('names a row whose time is not a time of day', () => {
    const r = csv('2020,1,2,25:00,,,,,,Bad time,x,,', '2020,1,2,,,,,,,Good,y,,');
    expect(r.notices).toEqual(['“Bad time” (row 2): the start time “25:00” is not a time of day, so it is left out.']);
  });

  it('names BC and cosmological years it cannot place and loads the rest', () => {
    const r = csv('"-13,800,000,000",,,,,,,,,Big Bang,x,,', '1066,10,14,,,,,,,Hastings,y,,');
    expect(r.dataset.events.map((e) => e.date)).toEqual(['1066-10-14']);
    expect(r.notices[0]).toBe(
      '“Big Bang” (row 2): the year -13800000000 is beyond what the time axis can show, so it is left out.',
    );
  });

  it('treats a second title row as an event, as TimelineJS does', () => {
    const r = csv(',,,,,,,,,First title,a,title,', '2001,,,,,,,,,Second title,b,title,');
    expect(r.dataset.source.title).toBe('First title');
    expect(r.dataset.events.map((e) => e.title)).toEqual(['Second title']);
  });

  it('refuses a CSV without Year and Headline columns', () => {
    expect(convertTimelineCsv('title,count\na,1\n')).toEqual({
      ok: false,
      message: 'This is not a TimelineJS3 spreadsheet (CSV): its first row needs the columns Year and Headline.',
    });
  });

  it('parses RFC 4180 quoting with d3-dsv, not by splitting on commas', () => {
    expect(parseCsvRows('a,"b, c","d ""e""\nf"\r\n1,2,3')).toEqual([
      ['a', 'b, c', 'd "e"\nf'],
      ['1', '2', '3'],
    ]);
  });
});

describe('parseClock', () => {
  it('reads the time forms TimelineJS accepts', () => {
    expect(parseClock('14:30')).toEqual({ hour: 14, minute: 30, second: 0 });
    expect(parseClock('14:30:05')).toEqual({ hour: 14, minute: 30, second: 5 });
    expect(parseClock('1430')).toEqual({ hour: 14, minute: 30, second: 0 });
    expect(parseClock('2.30 p.m.')).toEqual({ hour: 14, minute: 30, second: 0 });
    expect(parseClock('12 am')).toEqual({ hour: 0, minute: 0, second: 0 });
    for (const bad of ['24:00', '13 pm', '10:61', 'noon']) expect(parseClock(bad)).toBeNull();
  });
});

describe('convertTimelineRows with workbook cells', () => {
  it('reads numbers, day-fraction times and Date times as a workbook gives them', () => {
    const rows: Cell[][] = [
      ['Year', 'Month', 'Day', 'Time', 'Headline'],
      [1969, 7, 20, 0.84375, 'Fraction'],
      [1969, 7, 21, new Date(Date.UTC(1899, 11, 30, 2, 56, 0)), 'Date time'],
      [null, null, null, null, null],
    ];
    const r = convertTimelineRows(rows, 'sheet', 'fallback');
    expect(r.ok && r.dataset.events.map((e) => e.date)).toEqual(['1969-07-20T20:15:00', '1969-07-21T02:56:00']);
    expect(r.ok && r.dataset.source.title).toBe('fallback');
  });
});

describe('convertTimelineXlsx', () => {
  it('reads the first sheet of a workbook through read-excel-file', async () => {
    const r = await convertTimelineXlsx(readFileSync('tests/fixtures/import/timeline.xlsx'));
    if (!r.ok) throw new Error(r.message);
    expect(parseDataset(r.dataset).ok).toBe(true);
    expect(r.format).toBe('TimelineJS3 spreadsheet (Excel workbook)');
    expect(r.dataset.source.title).toBe('A Workbook Timeline');
    expect(r.dataset.events.map((e) => [e.title, e.date, e.categories[0]])).toEqual([
      ['Waterloo year', '1815', 'ungrouped'],
      ['Moon landing', '1969-07-20T20:15:00', 'space'],
      ['The Sixties', '1960/1970', 'eras'],
    ]);
    expect(r.dataset.events[1]!.note).toBe('Shown as “Summer 1969”.');
    expect(r.notices).toEqual([
      '“No year here” (row 5): has no start date (a year at least), so it is left out.',
      '“Big Bang” (row 7): the year -13800000000 is beyond what the time axis can show, so it is left out.',
    ]);
  });

  it('fails with one message, not a throw, on bytes that are not a workbook', async () => {
    const r = await convertTimelineXlsx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/^This Excel workbook cannot be read/);
  });
});
