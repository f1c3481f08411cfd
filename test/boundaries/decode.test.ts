import { describe, expect, it } from 'vitest';
import {
  decodeCollection,
  decodeRing,
  encodeRing,
  zigzagDecode,
  zigzagEncode,
  type EncodedCollection,
} from '../../scripts/boundaries/decode';

describe('zigzag', () => {
  it('maps 0,1,2,3,4 to 0,-1,1,-2,2 and back', () => {
    expect([0, 1, 2, 3, 4].map(zigzagDecode)).toEqual([0, -1, 1, -2, 2]);
    expect([0, -1, 1, -2, 2].map(zigzagEncode)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('decodeRing', () => {
  it('decodes a hand-encoded ring', () => {
    // start (1024, 2048) → (1, 2); steps (+1, 0), (0, +1), (−1, −1): codes 64+2, 64+0, 64+0, 64+2, 64+1, 64+1
    const s = String.fromCharCode(64, 64, 66, 64, 64, 66, 65, 65);
    expect(decodeRing(s, [1024, 2048])).toEqual([
      [1, 2],
      [1 + 1 / 1024, 2],
      [1 + 1 / 1024, 2 + 1 / 1024],
      [1, 2],
    ]);
  });

  it('round-trips a ring with large steps through encodeRing', () => {
    const ring = [
      [113.625, 34.75],
      [114.5, 34.75],
      [114.5, 35.125],
      [113.625, 34.75],
    ];
    const { ring: s, offset } = encodeRing(ring);
    expect(offset).toEqual([113.625 * 1024, 34.75 * 1024]);
    expect(decodeRing(s, offset)).toEqual(ring);
  });

  it('honours another scale', () => {
    const { ring: s, offset } = encodeRing(
      [
        [10, 20],
        [10.5, 20],
      ],
      2,
    );
    expect(decodeRing(s, offset, 2)).toEqual([
      [10, 20],
      [10.5, 20],
    ]);
  });

  it('rejects an odd-length string', () => {
    expect(() => decodeRing('@@@', [0, 0])).toThrow(/odd/);
  });
});

describe('decodeCollection', () => {
  const a = encodeRing([
    [110, 30],
    [111, 30],
    [111, 31],
    [110, 30],
  ]);
  const b = encodeRing([
    [112, 30],
    [112.5, 30],
    [112.5, 30.5],
    [112, 30],
  ]);
  const fc: EncodedCollection = {
    type: 'FeatureCollection',
    UTF8Encoding: true,
    features: [
      {
        type: 'Feature',
        id: '410602',
        properties: { name: '鹤山区' },
        geometry: { type: 'Polygon', coordinates: [a.ring], encodeOffsets: [a.offset] },
      },
      {
        type: 'Feature',
        properties: { name: '两块' },
        geometry: {
          type: 'MultiPolygon',
          coordinates: [[a.ring], [b.ring]],
          encodeOffsets: [[a.offset], [b.offset]],
        },
      },
    ],
  };

  it('decodes Polygon and MultiPolygon and keeps id and properties', () => {
    const out = decodeCollection(fc);
    expect(out.features[0]?.id).toBe('410602');
    expect(out.features[0]?.properties).toEqual({ name: '鹤山区' });
    expect(out.features[0]?.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [110, 30],
          [111, 30],
          [111, 31],
          [110, 30],
        ],
      ],
    });
    const g = out.features[1]?.geometry;
    expect(g?.type).toBe('MultiPolygon');
    if (g?.type === 'MultiPolygon') expect(g.coordinates[1]?.[0]?.[1]).toEqual([112.5, 30]);
  });

  it('leaves collections that are not encoded alone', () => {
    const plain = {
      type: 'FeatureCollection' as const,
      features: [
        {
          type: 'Feature' as const,
          properties: {},
          geometry: { type: 'Point' as const, coordinates: [1, 2] },
        },
      ],
    };
    expect(decodeCollection(plain).features[0]?.geometry).toEqual({
      type: 'Point',
      coordinates: [1, 2],
    });
  });
});
