export * from './geography';
export * from './metrics';
export * from './published';
export * from './validate';
