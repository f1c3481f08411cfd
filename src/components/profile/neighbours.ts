// The unit and its geographic neighbours (sharing a boundary arc) on one
// metric, best first; units without a value last, by code.

import { compareCodes } from '../../contract';
import type { NeighbourInput } from '../../map/neighbour-source';

export type { NeighbourInput };

export interface NeighbourRow extends NeighbourInput {
  isSelf: boolean;
}

export function neighbourComparison(
  self: NeighbourInput,
  neighbours: readonly NeighbourInput[],
  higherIsBetter: boolean,
): NeighbourRow[] {
  const rows: NeighbourRow[] = [
    { ...self, isSelf: true },
    ...neighbours.filter((n) => n.code !== self.code).map((n) => ({ ...n, isSelf: false })),
  ];
  const known = (r: NeighbourRow): boolean => r.value !== null && Number.isFinite(r.value);
  return rows.sort((a, b) => {
    if (known(a) !== known(b)) return known(a) ? -1 : 1;
    const byValue = known(a) ? (higherIsBetter ? b.value! - a.value! : a.value! - b.value!) : 0;
    return byValue || compareCodes(a.code, b.code);
  });
}
