// SYNTHETIC.md marks a folder written by the demo generator: its data is
// labelled synthetic everywhere. The marker records the sha256 of the
// schools.csv it describes, so that a user's own file copied into a demo
// folder is never labelled synthetic (docs/data-contract.md, "Synthetic demo data").

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InputFileSummary } from '../../src/contract/published';

export const SYNTHETIC_MARKER = 'SYNTHETIC.md';

const HASH_LINE = /^schools\.csv sha256: ([0-9a-f]{64})\s*$/m;

/** The line the demo generator writes into SYNTHETIC.md. */
export function markerHashLine(sha256: string): string {
  return `schools.csv sha256: ${sha256}`;
}

export interface SyntheticMarker {
  path: string;
  /** The recorded hash of schools.csv; null when the marker records none. */
  schoolsSha256: string | null;
}

export function readSyntheticMarker(dir: string): SyntheticMarker | null {
  const path = join(dir, SYNTHETIC_MARKER);
  if (!existsSync(path)) return null;
  const match = HASH_LINE.exec(readFileSync(path, 'utf8'));
  return { path, schoolsSha256: match ? match[1] : null };
}

const ADVICE =
  'if these are your own returns, delete SYNTHETIC.md (or use a folder of their own); to get the demo back, run `npm run demo:data` (it writes data/demo/)';

/** The error when the marker does not describe the folder's schools file; null when it does. */
export function syntheticMarkerMismatch(
  marker: SyntheticMarker,
  inputs: readonly InputFileSummary[],
): string | null {
  const schools = inputs.find((input) => input.role === 'schools');
  if (!schools) return null;
  if (marker.schoolsSha256 === null) {
    return `${SYNTHETIC_MARKER}: marks this folder as synthetic demo data but records no hash of the schools.csv it describes, so ${schools.file} cannot be told apart from real returns; ${ADVICE}`;
  }
  if (marker.schoolsSha256 === schools.sha256) return null;
  return `${SYNTHETIC_MARKER}: describes a schools.csv with sha256 ${marker.schoolsSha256.slice(0, 12)}…, but ${schools.file} here has sha256 ${schools.sha256.slice(0, 12)}…: it would label real data synthetic; ${ADVICE}`;
}
