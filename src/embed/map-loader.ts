// The map path of an embed, loaded only when a map is on the page: defines
// <edu-map> (and fetches maplibre-gl) and makes its worker startable.

export async function prepareMap(): Promise<void> {
  const [{ loadMapElement }, { useReachableWorker }] = await Promise.all([
    import('../map/index'),
    import('./worker-blob'),
  ]);
  await Promise.all([loadMapElement(), useReachableWorker()]);
}
