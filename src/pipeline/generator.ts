/** The manifest's `generator`: how an earlier build's output folder is recognised. */
export const GENERATOR = 'edu-atlas build:data';
