// The shape of one locale's table for what an embed says in place of its
// chart when an attribute is wrong: one line per problem, naming the attribute
// and echoing the value as text (loaded only when there is a problem). Each
// locale fills it in src/i18n/<locale>/embed-problems.ts.

import type { EmbedField, EmbedProblem } from '../../embed/params';

export interface ProblemStrings {
  problemHeading: string;
  fields: Record<EmbedField, string>;
  /** One problem's line; `field` is the attribute's name from `fields`. */
  problem: (p: EmbedProblem, field: string) => string;
}
