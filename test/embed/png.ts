// A tiny PNG reader for tests (8-bit grey/RGB/RGBA, no interlace): size from
// IHDR, pixels by inflating IDAT and undoing the scanline filters.

import { inflateSync } from 'node:zlib';

export interface PngInfo {
  width: number;
  height: number;
  channels: number;
  pixels: Uint8Array;
}

const SIGNATURE = '89504e470d0a1a0a';

export function pngSize(buf: Buffer): { width: number; height: number } {
  if (buf.subarray(0, 8).toString('hex') !== SIGNATURE) throw new Error('not a PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export function decodePng(buf: Buffer): PngInfo {
  const { width, height } = pngSize(buf);
  const bitDepth = buf[24];
  const colourType = buf[25];
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[colourType];
  if (bitDepth !== 8 || !channels || buf[28] !== 0) throw new Error('unsupported PNG');
  const idat: Buffer[] = [];
  for (let at = 8; at < buf.length;) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(buf.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= channels ? pixels[y * stride + x - channels] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      pixels[y * stride + x] = (v + predictor) & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

/** Variance of the luminance over the image (0 for a blank image). */
export function lumaVariance(png: PngInfo): number {
  const { pixels, channels } = png;
  let sum = 0;
  let sq = 0;
  const n = pixels.length / channels;
  for (let i = 0; i < pixels.length; i += channels) {
    const l =
      channels >= 3 ? 0.299 * pixels[i] + 0.587 * pixels[i + 1] + 0.114 * pixels[i + 2] : pixels[i];
    sum += l;
    sq += l * l;
  }
  const mean = sum / n;
  return sq / n - mean * mean;
}
