import { LABEL_CHAR_PX } from '../timeline/layout';
import { AXIS_HEIGHT_PX, type RenderModel } from '../timeline/renderModel';

/** The plot as a standalone SVG document, drawn from the same render model as the screen. */

/** Escapes text for XML content and attribute values. */
export function xmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]!};`);
}

function fit(text: string, widthPx: number): string {
  const chars = Math.max(1, Math.floor((widthPx - 10) / LABEL_CHAR_PX));
  return text.length <= chars ? text : `${text.slice(0, Math.max(0, chars - 1))}…`;
}

const n = (x: number) => Math.round(x * 10) / 10;
/** The screen's light-theme draft colour (--draft in styles.css). */
const DRAFT_INK = '#9a3412';

export function timelineSvg(model: RenderModel, title: string, caption: string): string {
  const top = 40;
  const h = model.heightPx + top + 24;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${model.widthPx}" height="${h}" viewBox="0 0 ${model.widthPx} ${h}" font-family="system-ui, sans-serif" font-size="12">`,
    `<title>${xmlEscape(title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="8" y="22" font-size="15" font-weight="700" fill="#1c1917">${xmlEscape(fit(title, model.widthPx * 1.3))}</text>`,
    `<g transform="translate(0,${top})">`,
    `<line x1="0" x2="${model.widthPx}" y1="${AXIS_HEIGHT_PX - 0.5}" y2="${AXIS_HEIGHT_PX - 0.5}" stroke="#a8a29e"/>`,
  ];
  for (const t of model.ticks) {
    parts.push(
      `<line x1="${n(t.xPx)}" x2="${n(t.xPx)}" y1="${AXIS_HEIGHT_PX - 6}" y2="${model.heightPx}" stroke="#e2e0dc"/>`,
    );
    parts.push(`<text x="${n(t.xPx + 4)}" y="${AXIS_HEIGHT_PX - 12}" fill="#57534e">${xmlEscape(t.label)}</text>`);
  }
  for (const m of model.marks) {
    const g = m.geometry;
    const x = g.leftPx + g.markLeftPx;
    const color = xmlEscape(m.color);
    // A draft gets a dashed outline around its glyph, as on screen, and says so in its label.
    const draftOutline = ` fill="none" stroke="${DRAFT_INK}" stroke-width="1.5" stroke-dasharray="3 2"`;
    if (g.shape === 'point') {
      const cx = n(x + g.markWidthPx / 2);
      const cy = n(m.topPx + 11);
      parts.push(`<circle cx="${cx}" cy="${cy}" r="6" fill="${color}" stroke="#fff" stroke-width="2"/>`);
      if (m.draft) parts.push(`<circle cx="${cx}" cy="${cy}" r="9"${draftOutline}/>`);
    } else {
      const dash = g.shape === 'period' ? ' stroke-dasharray="4 3"' : '';
      parts.push(
        `<rect x="${n(x)}" y="${n(m.topPx)}" width="${n(g.markWidthPx)}" height="22" rx="3" fill="${color}" fill-opacity="0.16" stroke="${color}" stroke-width="1.5"${dash}/>`,
      );
      if (m.draft)
        parts.push(
          `<rect x="${n(x - 2)}" y="${n(m.topPx - 2)}" width="${n(g.markWidthPx + 4)}" height="26" rx="4"${draftOutline}/>`,
        );
    }
    const lx = g.leftPx + g.labelLeftPx;
    const label = m.draft ? `Draft: ${m.label}` : m.label;
    parts.push(
      `<text x="${n(lx + 5)}" y="${n(m.topPx + 15)}" fill="#1c1917">${xmlEscape(fit(label, g.labelWidthPx))}</text>`,
    );
  }
  parts.push('</g>');
  parts.push(`<text x="8" y="${h - 8}" font-size="11" fill="#57534e">${xmlEscape(caption)}</text>`);
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}
