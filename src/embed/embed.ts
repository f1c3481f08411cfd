// Entry of dist/embed.js (unhashed, so hosts can link it): registers
// <edu-chart> and <edu-embed-map>. Their data default to the data/ folder
// next to this script, so a site served under a sub-path works as is.

import { setDefaultDataBase } from './embed-element';
import { defineEmbedElements } from './define';

setDefaultDataBase(new URL('./data/', import.meta.url).href);
defineEmbedElements();
