// AtlasState <-> query string, through the one view codec (src/view/codec.ts).
// Defaults are left out of the URL so that shared links stay short; an invalid
// parameter falls back to its default and is reported, so the app can say so.

import { paramsOfQuery, parseView, serialiseView } from '../view/codec';
import { DEFAULT_VIEW, type ViewSpec } from '../view/spec';

export interface ParsedState {
  state: ViewSpec;
  /** Names of parameters that were present but invalid (and ignored). */
  invalid: string[];
}

/**
 * `defaults` are what a parameter left out means: a published site opens at
 * its data's scope and default metric, so those are its defaults.
 */
export function parseState(search: string, defaults: ViewSpec = DEFAULT_VIEW): ParsedState {
  const { spec, problems } = parseView(paramsOfQuery(search), defaults);
  return { state: spec, invalid: problems.map((p) => p.field) };
}

/** '?metric=…&year=…' or '' when everything is default. */
export function serializeState(state: ViewSpec, defaults: ViewSpec = DEFAULT_VIEW): string {
  return serialiseView(state, defaults);
}
