// The map path of an embed, loaded only when a map is on the page: defines
// <edu-map> (and fetches maplibre-gl), makes its worker startable, and brings
// the map's figure template and styles.

import type * as MapFigure from './map-figure';

export async function prepareMap(): Promise<typeof MapFigure> {
  const [{ loadMapElement }, { useReachableWorker }, figure] = await Promise.all([
    import('../map/index'),
    import('./worker-blob'),
    import('./map-figure'),
  ]);
  await Promise.all([loadMapElement(), useReachableWorker()]);
  return figure;
}
