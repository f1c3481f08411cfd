import type { EmbedStrings } from '../types/embed';

export const strings: EmbedStrings = {
  loading: 'Loading chart…',
  loadFailed: 'The data could not be loaded. Please try again later.',
  viewInAtlas: 'View in the Education Atlas',
};
