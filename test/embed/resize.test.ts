import { describe, expect, it } from 'vitest';
import {
  acceptResize,
  atlasFrames,
  atlasOriginOf,
  MAX_HEIGHT,
  MIN_HEIGHT,
} from '../../src/embed/resize-message';

const ATLAS = 'https://atlas.example.org';
const atlasWindow = { name: 'atlas frame' };
const adWindow = { name: 'ad frame' };
const frames = [
  { src: 'https://ads.example.com/slot?size=300x250', contentWindow: adWindow },
  { src: `${ATLAS}/embed/?metric=x&id=a`, contentWindow: atlasWindow },
];
const BASE = 'https://news.example.com/article';
const message = (height: unknown) => ({ type: 'edu-atlas:resize', id: 'a', height });

describe('atlasOriginOf', () => {
  it('is the origin of the script’s own src, resolved against the page', () => {
    expect(atlasOriginOf({ src: `${ATLAS}/embed-resize.js` }, BASE)).toBe(ATLAS);
    expect(atlasOriginOf({ src: '/embed-resize.js' }, BASE)).toBe('https://news.example.com');
  });

  it('is unknown without a script, for an inline script, or for an opaque origin', () => {
    expect(atlasOriginOf(null, BASE)).toBeNull();
    expect(atlasOriginOf({ src: '' }, BASE)).toBeNull();
    expect(atlasOriginOf({ src: 'data:text/javascript,1' }, BASE)).toBeNull();
    expect(atlasOriginOf({ src: 'http://[bad' }, BASE)).toBeNull();
  });
});

describe('atlasFrames', () => {
  it('is the frames on the atlas origin, which embed-resize.js asks for their height', () => {
    expect(atlasFrames(frames, BASE, ATLAS)).toEqual([frames[1]]);
    expect(atlasFrames(frames, BASE, 'https://ads.example.com')).toEqual([frames[0]]);
  });

  it('is none when the script’s own origin is unknown', () => {
    expect(atlasFrames(frames, BASE, null)).toEqual([]);
  });
});

describe('acceptResize', () => {
  it('accepts a message from the atlas iframe’s window, from the atlas origin', () => {
    const accepted = acceptResize(
      { origin: ATLAS, source: atlasWindow, data: message(612.4) },
      frames,
      BASE,
      ATLAS,
    );
    expect(accepted).toEqual({ frame: frames[1], height: 613 });
  });

  it('ignores a foreign frame resizing itself from its own window and origin', () => {
    // The attack of issue 9: every check but the atlas origin passes.
    expect(
      acceptResize(
        { origin: 'https://ads.example.com', source: adWindow, data: message(20000) },
        frames,
        BASE,
        ATLAS,
      ),
    ).toBeNull();
  });

  it('ignores a message from a foreign origin, even with the atlas frame’s window', () => {
    expect(
      acceptResize(
        { origin: 'https://evil.example', source: atlasWindow, data: message(10) },
        frames,
        BASE,
        ATLAS,
      ),
    ).toBeNull();
  });

  it('ignores a message whose window is not one of the iframes, or is a foreign iframe', () => {
    expect(
      acceptResize({ origin: ATLAS, source: {}, data: message(10) }, frames, BASE, ATLAS),
    ).toBeNull();
    // The ad frame's window with the atlas origin claimed: its src is not on the atlas.
    expect(
      acceptResize({ origin: ATLAS, source: adWindow, data: message(10) }, frames, BASE, ATLAS),
    ).toBeNull();
  });

  it('resizes nothing when the script’s own origin is unknown', () => {
    expect(
      acceptResize({ origin: ATLAS, source: atlasWindow, data: message(10) }, frames, BASE, null),
    ).toBeNull();
  });

  it('ignores an atlas-looking frame on another origin than the script’s', () => {
    const mirror = [{ src: 'https://mirror.example.net/embed/?id=a', contentWindow: atlasWindow }];
    expect(
      acceptResize(
        { origin: 'https://mirror.example.net', source: atlasWindow, data: message(10) },
        mirror,
        BASE,
        ATLAS,
      ),
    ).toBeNull();
  });

  it('ignores other messages and bad heights; clamps to MIN_HEIGHT…MAX_HEIGHT', () => {
    const from = { origin: ATLAS, source: atlasWindow };
    for (const data of [
      null,
      'edu-atlas:resize',
      { type: 'other', height: 1 },
      message(-1),
      message('9'),
      message(NaN),
      message(Infinity),
    ]) {
      expect(acceptResize({ ...from, data }, frames, BASE, ATLAS)).toBeNull();
    }
    const height = (h: number) => acceptResize({ ...from, data: message(h) }, frames, BASE, ATLAS);
    expect(height(1e9)?.height).toBe(MAX_HEIGHT);
    expect(height(0)?.height).toBe(MIN_HEIGHT);
    expect(height(MIN_HEIGHT + 0.2)?.height).toBe(MIN_HEIGHT + 1);
  });

  it('resolves relative iframe src against the page (atlas served by the page’s own site)', () => {
    const local = [{ src: '/embed/?id=a', contentWindow: atlasWindow }];
    const own = 'https://news.example.com';
    expect(
      acceptResize({ origin: own, source: atlasWindow, data: message(5) }, local, BASE, own)
        ?.height,
    ).toBe(MIN_HEIGHT);
  });
});
