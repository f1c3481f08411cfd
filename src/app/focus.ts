// A view's focus is resolved in src/view/focus.ts; import it from there. This
// re-export is left only for src/components/map-panel.ts (another change is
// under way in it): once it imports view/focus.ts, delete this file.

export { mapRegion } from '../view/focus';
