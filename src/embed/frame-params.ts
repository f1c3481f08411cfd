// The iframe route's URL parameters (the atlas URL's names) → embed attributes.

export interface FrameParams {
  attributes: Record<string, string>;
  /** Echoed in resize messages so the host can tell its iframes apart. */
  id: string;
  theme: string;
}

const PASS_THROUGH = [
  'metric',
  'metric2',
  'year',
  'from',
  'region',
  'level',
  'lang',
  'theme',
] as const;

export function frameParams(search: string): FrameParams {
  const params = new URLSearchParams(search);
  const attributes: Record<string, string> = {};
  for (const name of PASS_THROUGH) {
    const value = params.get(name);
    if (value !== null) attributes[name] = value;
  }
  const type = params.get('chart') ?? params.get('type');
  if (type !== null) attributes.type = type;
  const codes = params.get('select') ?? params.get('codes');
  if (codes !== null) attributes.codes = codes;
  const id = (params.get('id') ?? '').slice(0, 64);
  return { attributes, id, theme: params.get('theme') ?? 'light' };
}
