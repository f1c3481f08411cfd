// The shape of one locale's table for one part of the UI: what the map says
// (legend, tooltip, keyboard help, notices). Each locale fills it in
// src/i18n/<locale>/map.ts.

import type { ClassMethod } from '../../map/classify/types';

export interface MapStrings {
  /** aria-label of the map region; {metric} and {region} are filled in. */
  mapLabel: string;
  keyboardHelp: string;
  noData: string;
  outside: string;
  meetsTarget: string;
  belowTarget: string;
  improved: string;
  worsened: string;
  methods: Record<ClassMethod, string>;
  legendTitle: string;
  districts: (count: number) => string;
  /** Units with data but no area on the map (functional zones), named. */
  withoutArea: (names: string) => string;
  nameSeparator: string;
  rank: (rank: number, of: number, parent: string) => string;
  vsParent: (parent: string) => string;
  vsTarget: string;
  target: string;
  flags: Record<string, string>;
  synthetic: string;
  notice: string;
  boundarySource: string;
  loading: string;
  loadError: string;
  zoomIn: string;
  zoomOut: string;
  focused: (name: string, value: string) => string;
}
