// The one module for numbers and labels: charts, the map, tables and downloads
// all format through here, so a rule changes in one place.

export * from './locale';
export * from './numbers';
export * from './years';
