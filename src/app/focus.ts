// A view's focus is resolved in src/view/focus.ts (the embeds and static
// images resolve it the same way); the atlas's modules import it from here.

export { focusOf, mapRegion, resolveUnit, type Focus, type MapLevel } from '../view/focus';
