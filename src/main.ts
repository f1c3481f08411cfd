// Entry of the atlas page: defines <edu-atlas>. Everything else (the map,
// panels) is loaded when first shown.

import './components/atlas-app';
