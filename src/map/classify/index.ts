export * from './classify';
export * from './equal-interval';
export * from './fixed';
export * from './jenks';
export * from './known-values';
export * from './quantile';
export * from './threshold';
export * from './types';
