// Entry of dist/embed.js (unhashed, so hosts can link it): registers
// <edu-chart> and <edu-embed-map>. Their data default to the data/ folder
// next to this script, so a site served under a sub-path works as is.

import { setDefaultDataBase } from './embed-element';
import { defineEmbedElements } from './define';

// A folder, not a file: Vite must not try to resolve it at build time.
setDefaultDataBase(new URL(/* @vite-ignore */ './data/', import.meta.url).href);
defineEmbedElements();
