import { describe, expect, it } from 'vitest';
import { firstDistrict, nextDistrict, type LabelPoint } from '../../src/map/keyboard-nav';

// At the equator (cos 0 = 1) so that distances can be worked by hand.
//      B(1,1)      C(3,1)
//  A(0,0)    D(2,0)
//      E(1,-2)
const points: LabelPoint[] = [
  { code: 'A', label: [0, 0] },
  { code: 'B', label: [1, 1] },
  { code: 'C', label: [3, 1] },
  { code: 'D', label: [2, 0] },
  { code: 'E', label: [1, -2] },
];

describe('nextDistrict', () => {
  it('prefers what is level with us: right of A, D (2, 0) scores 2 and B (1, 1) √5', () => {
    expect(nextDistrict('A', 'right', points)).toBe('D');
  });
  it('goes up to the nearest unit above', () => {
    // From D: B at (−1, +1) scores hypot(1, 2) = 2.24, C at (+1, +1) the same; ties go to the smaller code.
    expect(nextDistrict('D', 'up', points)).toBe('B');
    expect(nextDistrict('A', 'down', points)).toBe('E');
  });
  it('returns null at the edge', () => {
    expect(nextDistrict('A', 'left', points)).toBeNull();
    expect(nextDistrict('C', 'up', points)).toBeNull();
  });
  it('scales longitude by cos(latitude)', () => {
    // At 60° N a degree of longitude is half a degree of latitude.
    // Right: E ahead 0.75, sideways 0.4 → hypot(0.75, 0.8) = 1.10; N ahead 0.05, sideways 1 → 2.00.
    // Up: N ahead 1, sideways 0.05 → 1.005; E ahead 0.4, sideways 0.75 → hypot(0.4, 1.5) = 1.55.
    const north: LabelPoint[] = [
      { code: 'O', label: [0, 60] },
      { code: 'E', label: [1.5, 60.4] },
      { code: 'N', label: [0.1, 61] },
    ];
    expect(nextDistrict('O', 'right', north)).toBe('E');
    expect(nextDistrict('O', 'up', north)).toBe('N');
  });
  it('starts at the north-west when nothing is focused', () => {
    // Corner (0, 1): A and B are both 1 away; ties go to the smaller code.
    expect(nextDistrict('missing', 'right', points)).toBe('A');
    expect(firstDistrict([])).toBeNull();
  });
});
