// Colours of the base map that are not data: they follow the page's light or
// dark theme through CSS custom properties read by the element.

export interface MapTheme {
  background: string;
  /** Context polygons (neighbouring provinces) and their outlines. */
  context: string;
  contextLine: string;
  /** Outlines between the units in focus. */
  line: string;
  /** Hover, keyboard focus and selection outlines. */
  highlight: string;
  selected: string;
  /** Units without a value: a grey ground under a hatch, themed so labels stay readable. */
  noData: string;
  noDataHatch: string;
}

export const LIGHT_THEME: MapTheme = {
  background: '#f6f7f9',
  context: '#e9ebef',
  contextLine: '#c3c8d0',
  line: '#ffffff',
  highlight: '#111111',
  selected: '#d6336c',
  noData: '#d4d4d4',
  noDataHatch: '#8c8c8c',
};

export const DARK_THEME: MapTheme = {
  background: '#15171a',
  context: '#24272c',
  contextLine: '#3b4048',
  line: '#15171a',
  highlight: '#ffffff',
  selected: '#ff6b9a',
  noData: '#4b5058',
  noDataHatch: '#8b939e',
};

const PROPERTIES: Record<keyof MapTheme, string> = {
  background: '--edu-map-background',
  context: '--edu-map-context',
  contextLine: '--edu-map-context-line',
  line: '--edu-map-line',
  highlight: '--edu-map-highlight',
  selected: '--edu-map-selected',
  noData: '--edu-map-no-data',
  noDataHatch: '--edu-map-no-data-hatch',
};

/** The theme from CSS custom properties, each falling back to `base`. */
export function themeFrom(
  read: (property: string) => string,
  base: MapTheme = LIGHT_THEME,
): MapTheme {
  const theme = { ...base };
  for (const key of Object.keys(PROPERTIES) as (keyof MapTheme)[]) {
    const value = read(PROPERTIES[key]).trim();
    if (value) theme[key] = value;
  }
  return theme;
}
