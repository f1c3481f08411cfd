import { describe, expect, it } from 'vitest';
import { acceptResize, MAX_HEIGHT } from '../../src/embed/resize-message';

const atlasWindow = { name: 'atlas frame' };
const otherWindow = { name: 'another frame' };
const frames = [
  { src: 'https://other.example.com/widget', contentWindow: otherWindow },
  { src: 'https://atlas.example.org/embed/?metric=x&id=a', contentWindow: atlasWindow },
];
const BASE = 'https://news.example.com/article';
const message = (height: unknown) => ({ type: 'edu-atlas:resize', id: 'a', height });

describe('acceptResize', () => {
  it('accepts a message from the iframe window, from the origin of its src', () => {
    const accepted = acceptResize(
      { origin: 'https://atlas.example.org', source: atlasWindow, data: message(612.4) },
      frames,
      BASE,
    );
    expect(accepted).toEqual({ frame: frames[1], height: 613 });
  });

  it('ignores a message from a foreign origin, even with the right window', () => {
    expect(
      acceptResize(
        { origin: 'https://evil.example', source: atlasWindow, data: message(10) },
        frames,
        BASE,
      ),
    ).toBeNull();
  });

  it('ignores a message whose window is not one of the iframes, or is another iframe', () => {
    expect(
      acceptResize(
        { origin: 'https://atlas.example.org', source: {}, data: message(10) },
        frames,
        BASE,
      ),
    ).toBeNull();
    // The other iframe posts with the atlas origin claimed: its own src origin differs.
    expect(
      acceptResize(
        { origin: 'https://atlas.example.org', source: otherWindow, data: message(10) },
        frames,
        BASE,
      ),
    ).toBeNull();
  });

  it('ignores other messages and bad heights; caps huge ones', () => {
    const from = { origin: 'https://atlas.example.org', source: atlasWindow };
    for (const data of [
      null,
      'edu-atlas:resize',
      { type: 'other', height: 1 },
      message(-1),
      message('9'),
      message(NaN),
    ]) {
      expect(acceptResize({ ...from, data }, frames, BASE)).toBeNull();
    }
    expect(acceptResize({ ...from, data: message(1e9) }, frames, BASE)?.height).toBe(MAX_HEIGHT);
  });

  it('resolves relative iframe src against the page', () => {
    const local = [{ src: '/embed/?id=a', contentWindow: atlasWindow }];
    expect(
      acceptResize(
        { origin: 'https://news.example.com', source: atlasWindow, data: message(5) },
        local,
        BASE,
      ),
    ).not.toBeNull();
  });
});
