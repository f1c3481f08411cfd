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
