// The string tables of the atlas, one per part, both languages.

export { appStrings, type AppStrings } from './app';
export { chartStrings } from './charts';
export { coverageStrings, type CoverageStrings } from './coverage';
export { mapStrings, type MapStrings } from './map';
