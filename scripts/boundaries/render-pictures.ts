/**
 * Pictures of the committed layers for review (docs/boundaries-*.png):
 * mapshaper draws SVG (Web Mercator, as the atlas's map does), Debian's
 * chromium takes the screenshot. Run: npx tsx scripts/boundaries/render-pictures.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMapshaper } from './mapshaper';

interface Picture {
  input: string;
  object: string;
  output: string;
  width: number;
  fill: string;
  stroke: string;
  fontSize: number;
}

const PICTURES: Picture[] = [
  {
    input: 'china-provinces.topo.json',
    object: 'provinces',
    output: 'boundaries-china.png',
    width: 1100,
    fill: '#dfe8f1',
    stroke: '#3d5a78',
    fontSize: 11,
  },
  {
    input: 'counties-410000.topo.json',
    object: 'counties',
    output: 'boundaries-410000.png',
    width: 960,
    fill: '#e9f0e4',
    stroke: '#4d6b3c',
    fontSize: 9,
  },
];

async function render(p: Picture, tmp: string): Promise<void> {
  const topo = readFileSync(join('data/boundaries', p.input), 'utf8');
  const { outputs } = await runMapshaper(
    `-i in.json -each 'lx=label[0], ly=label[1]' -points x=lx y=ly + name=labels ` +
      `-proj target=* merc ` +
      `-style target=${p.object} fill='${p.fill}' stroke='${p.stroke}' stroke-width=0.6 ` +
      `-style target=labels label-text=name font-size=${p.fontSize} fill='#222' r=0 ` +
      `-o out.svg format=svg width=${p.width - 20} margin=10 target=*`,
    { 'in.json': topo },
  );
  const svg = outputs['out.svg'];
  if (!svg) throw new Error('no svg');
  const height = Number(/height="(\d+)"/.exec(svg)?.[1] ?? p.width);
  const svgPath = join(tmp, `${p.object}.svg`);
  writeFileSync(svgPath, svg);
  execFileSync(
    '/usr/bin/chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      `--screenshot=${join('docs', p.output)}`,
      `--window-size=${p.width},${height + 20}`,
      svgPath,
    ],
    { stdio: 'ignore' },
  );
}

const tmp = mkdtempSync(join(tmpdir(), 'boundaries-png-'));
try {
  for (const p of PICTURES) await render(p, tmp);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
