// Reads pixel colours out of a Playwright screenshot by decoding the PNG in
// the page itself (no PNG library needed on the Node side).

import type { Page } from 'playwright-core';

export type Rgb = [number, number, number];

export async function pixelsAt(
  page: Page,
  points: readonly { x: number; y: number }[],
): Promise<Rgb[]> {
  // The HTML labels sit on the label points: hide them while sampling.
  await page.evaluate(() =>
    window.mapHarness.element.shadowRoot
      ?.querySelector<HTMLElement>('.labels')
      ?.style.setProperty('visibility', 'hidden'),
  );
  const png = (await page.screenshot({ type: 'png' })).toString('base64');
  await page.evaluate(() =>
    window.mapHarness.element.shadowRoot
      ?.querySelector<HTMLElement>('.labels')
      ?.style.removeProperty('visibility'),
  );
  return page.evaluate(
    async ({ png, points }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.drawImage(image, 0, 0);
      return points.map(({ x, y }) => {
        const [r, g, b] = context.getImageData(Math.round(x), Math.round(y), 1, 1).data;
        return [r, g, b] as [number, number, number];
      });
    },
    { png, points },
  );
}

export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function colourDistance(a: Rgb, b: Rgb): number {
  return Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2]));
}
