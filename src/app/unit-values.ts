// Lookups into one metric-year's published columns: src/data/values.ts is
// their one reader; the app keeps these names.

export { figuresIn, figuresOf, valueOf, type UnitFigures } from '../data/values';
