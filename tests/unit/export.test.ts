import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/dataset';
import { parseDatasetText } from '../../src/data/datasetText';
import { csvCell, eventsToCsv } from '../../src/export/csv';
import { eventsToDatasetJson } from '../../src/export/json';
import { timelineSvg, xmlEscape } from '../../src/export/svg';
import { layoutEvents } from '../../src/timeline/layout';
import { buildRenderModel } from '../../src/timeline/renderModel';
import { IDENTITY, fitDomain } from '../../src/timeline/viewport';
import { smallDataset } from './fixtures';

function dataset(mutate: (d: ReturnType<typeof smallDataset>) => void = () => {}) {
  const d = smallDataset();
  mutate(d);
  const r = parseDataset(d);
  if (!r.ok) throw new Error('fixture rejected');
  return r.dataset;
}

describe('CSV export', () => {
  it('writes a header and one row per event, quoting what needs it', () => {
    const ds = dataset((d) => {
      d.events[1]!.title = 'Summit, "the big one"';
    });
    const lines = eventsToCsv(ds.events, ds.categories).split('\r\n');
    expect(lines[0]).toBe('id,title,date,date_shown,categories,actors,attribution,quote,note');
    expect(lines).toContain(
      'summit,"Summit, ""the big one""",2025-08-15,15 August 2025,Bilateral ties; UN actions,A; B,A says,a summit was held by the river,',
    );
    expect(lines).toHaveLength(ds.events.length + 2);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('plain')).toBe('plain');
  });
});

describe('JSON export', () => {
  it('is a dataset the app loads again, with just the exported events', () => {
    const ds = dataset();
    const text = eventsToDatasetJson(ds, ds.events.slice(0, 2));
    const back = parseDatasetText(text);
    if (!back.ok) throw new Error(back.issues.map((i) => i.message).join('\n'));
    expect(back.dataset.events.map((e) => e.id)).toEqual(ds.events.slice(0, 2).map((e) => e.id));
    expect(back.dataset.source).toEqual(ds.source);
  });
});

describe('SVG export', () => {
  it('escapes markup in the data', () => {
    expect(xmlEscape(`<script>alert("x")</script> & 'y'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;y&apos;',
    );
  });

  it('draws every mark and tick of the view, with escaped labels', () => {
    const ds = dataset((d) => {
      d.events[0]!.title = '<img src=x onerror=alert(1)>';
    });
    const domain = fitDomain(ds.extent);
    const model = buildRenderModel(layoutEvents(ds.events, domain, 800), domain, 800, IDENTITY, () => '#123456');
    const svg = timelineSvg(model, 'A & B', 'caption');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).toContain('<title>A &amp; B</title>');
    expect(svg.match(/<circle /g)).toHaveLength(ds.events.filter((e) => e.shape === 'point').length);
    expect(svg.match(/<rect x=/g)).toHaveLength(ds.events.filter((e) => e.shape !== 'point').length);
    for (const t of model.ticks) expect(svg).toContain(`>${t.label}</text>`);
  });
});
