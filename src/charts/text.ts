// Text measurement without a DOM: layouts are pure and also run in Node
// (snapshots, downloads). Widths are a deliberately generous estimate, so
// labels placed by it do not overlap in real fonts (Noto Sans CJK, PingFang).

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
const NARROW = /[ il.,:;'|!()[\]\u00a0·]/;
const WIDE = /[A-Z%mwMW@]/;

/** Estimated advance of one character, in ems. */
function charWidth(ch: string): number {
  if (CJK.test(ch)) return 1;
  if (NARROW.test(ch)) return 0.32;
  if (WIDE.test(ch)) return 0.78;
  return 0.58;
}

export function measureText(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += charWidth(ch);
  return ems * fontSize;
}

/** Cut `text` to fit `maxWidth`, ending in "…"; unchanged when it fits. */
export function truncateText(text: string, maxWidth: number, fontSize: number): string {
  if (measureText(text, fontSize) <= maxWidth) return text;
  const ellipsis = '…';
  let out = '';
  for (const ch of text) {
    if (measureText(out + ch + ellipsis, fontSize) > maxWidth) break;
    out += ch;
  }
  return out.trimEnd() + ellipsis;
}

/** Break points: after spaces, and between any two CJK characters. */
function tokens(text: string): string[] {
  return (
    text.match(
      /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+\s*|\s+/g,
    ) ?? []
  );
}

/** Greedy line wrapping; a single token wider than the line is truncated. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of tokens(text)) {
    if (line && measureText((line + token).trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line += token;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.map((l) => truncateText(l, maxWidth, fontSize));
}

/** An axis-aligned box in chart pixels. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * The box a label covers, from its anchor and baseline: ascent 0.8 em above
 * the baseline, descent 0.2 em below (CJK glyphs fill about one em).
 */
export function textBox(
  x: number,
  y: number,
  text: string,
  fontSize: number,
  anchor: 'start' | 'middle' | 'end' = 'start',
): Box {
  const width = measureText(text, fontSize);
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { x0, y0: y - fontSize * 0.8, x1: x0 + width, y1: y + fontSize * 0.2 };
}

/** A straight piece of a line in chart pixels. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Whether two boxes overlap, or come closer than `gap` pixels. */
export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
}

/** Whether the segment (x1, y1)–(x2, y2) passes through the box (Liang–Barsky clipping). */
export function segmentCrossesBox(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  box: Box,
): boolean {
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, x1 - box.x0],
    [dx, box.x1 - x1],
    [-dy, y1 - box.y0],
    [dy, box.y1 - y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}
