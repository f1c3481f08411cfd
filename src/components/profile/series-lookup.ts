// Rows of the published series files, looked up by unit, metric and year:
// src/data/values.ts is their one reader.

export { seriesLookup, type SeriesLookup, type SeriesValue } from '../../data/values';
