// The static page cannot import the synthetic label, so its description
// repeats it: this keeps the copy identical to the one entry (issue 12: "the
// synthetic label has four wordings").

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SYNTHETIC_LABEL } from '../../src/i18n/synthetic';

const INDEX_HTML = resolve(import.meta.dirname, '../../index.html');

/** The content of a page's <meta name="description">, or null. */
function metaDescription(html: string): string | null {
  const tag = /<meta\s+name="description"\s+content="([^"]*)"/.exec(html);
  return tag ? tag[1] : null;
}

describe("index.html's description", () => {
  it('is found in a page (and not found in one without it)', () => {
    expect(metaDescription('<meta\n  name="description"\n  content="甲乙" />')).toBe('甲乙');
    expect(metaDescription('<meta name="viewport" content="x" />')).toBeNull();
  });

  it('says synthetic in the one Chinese wording of the label', () => {
    const description = metaDescription(readFileSync(INDEX_HTML, 'utf8'));
    expect(description).toContain(SYNTHETIC_LABEL.zh.long);
  });
});
