// The CJK font of the static images: Noto Sans CJK SC (OFL-1.1, from the npm
// package @embedpdf/fonts-sc, which ships .otf files that resvg can read),
// cut with harfbuzz's hb-subset (subset-font) to the characters the images
// use, and written to files. Measured with resvg-js 2.6: it loads its fonts on
// every render, and font *buffers* cross into Rust at about 1 µs per byte, so
// the two 8 MB faces cost ~1.1 s per PNG and even 70 KB subsets ~65 ms; fonts
// given as *files* are memory-mapped: a subset costs ~1 ms.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';

/** The family name inside the .otf files. */
export const FONT_FAMILY = 'Noto Sans S Chinese';
const FILES = ['NotoSansHans-Regular.otf', 'NotoSansHans-Bold.otf'];

function fontDir(): string {
  // The package exports only its index (dist/index.js); the fonts sit beside it.
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
}

const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
const EXTRA =
  '…–—·•≥≤％（）：，。、“”‘’「」《》〈〉【】±×÷°‰↗→←↑↓▲▼　年月日全国省市县区合成数据演示用非真实统计来源生成于';

/** Regular and bold faces holding the characters of `text` (plus ASCII and punctuation). */
export async function subsetFonts(text: string): Promise<Buffer[]> {
  const chars = [...new Set([...ASCII, ...EXTRA, ...text])].join('');
  const dir = fontDir();
  return Promise.all(
    FILES.map((file) =>
      subsetFont(readFileSync(join(dir, file)), chars, {
        targetFormat: 'sfnt',
        // Keep the typographic family (16) so regular and bold share one family name.
        preserveNameIds: [0, 1, 2, 3, 4, 5, 6, 16, 17],
      }),
    ),
  );
}

/** Subset fonts written into `dir`; returns their paths (for resvg's fontFiles). */
export async function subsetFontFiles(text: string, dir: string): Promise<string[]> {
  const fonts = await subsetFonts(text);
  mkdirSync(dir, { recursive: true });
  return fonts.map((font, i) => {
    const file = join(dir, FILES[i].replace('.otf', '-subset.otf'));
    writeFileSync(file, font);
    return file;
  });
}
