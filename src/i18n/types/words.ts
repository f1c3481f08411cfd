// The shape of one locale's shared words: what more than one part shows,
// written once (issue 12: one wording per meaning); each part refers to these.
// Words every chart shows stay in charts.ts (the ranking embed loads that table
// alone). Where one language needs another word in one place (a notice's
// "Dismiss", a status cell's lowercase "meets"), that part writes it itself.

import type { ClassMethod } from '../../map/classify/types';

export interface Words {
  /** The name of each way of classing the map (class selector, legend). */
  classes: Record<ClassMethod, string>;
  /** A unit's rank among the units with data under its parent (map tooltip, profile). */
  rankAmong: (rank: number, of: number, parent: string) => string;
  loading: string;
  metric: string;
  year: string;
  value: string;
  numerator: string;
  denominator: string;
  notes: string;
  formula: string;
  howToRead: string;
  change: string;
  whereItIs: string;
  area: string;
  listSeparator: string;
  meetsTarget: string;
  belowTarget: string;
  useOwnData: string;
  close: string;
  forgetOwnData: string;
  backToPublished: string;
}
