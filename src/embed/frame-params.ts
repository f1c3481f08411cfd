// The iframe route's URL parameters → the embed element's attributes. The
// names are the same (the one view grammar, src/view/codec.ts), so they pass
// through unchanged and the element reads them with the same codec.

import { LEGACY_PARAMS, VIEW_PARAMS } from '../view/codec';

export interface FrameParams {
  attributes: Record<string, string>;
  /** Echoed in resize messages so the host can tell its iframes apart. */
  id: string;
  theme: string;
}

export function frameParams(search: string): FrameParams {
  const params = new URLSearchParams(search);
  const attributes: Record<string, string> = {};
  for (const name of [...VIEW_PARAMS, ...LEGACY_PARAMS]) {
    // `class` would be the element's CSS class; the gap table's target is no embed's.
    if (name === 'class' || name === 'target') continue;
    const value = params.get(name);
    if (value !== null) attributes[name] = value;
  }
  const id = (params.get('id') ?? '').slice(0, 64);
  return { attributes, id, theme: params.get('theme') ?? 'light' };
}
