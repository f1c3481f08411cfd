// The profile and gap panels are built separately (src/components/profile/,
// src/components/gap-table/). They are found with import.meta.glob, so the
// atlas builds with or without them and wires them as soon as they land.
// The chart view is loaded the same way, when first opened: the map's first
// view never carries the chart elements, their template and renderers.

const modules = import.meta.glob(['./profile/element.ts', './gap-table/element.ts']);

export type PanelName = 'profile' | 'gap-table';

const loaded = new Set<PanelName>();
const pending = new Map<PanelName, Promise<boolean>>();

/** True once the panel's element is defined; false when its module is not there. */
export function isPanelReady(name: PanelName): boolean {
  return loaded.has(name);
}

export function loadPanel(name: PanelName): Promise<boolean> {
  const known = pending.get(name);
  if (known) return known;
  const importer = modules[`./${name}/element.ts`];
  const promise = importer
    ? importer().then(
        () => {
          loaded.add(name);
          return true;
        },
        (error: unknown) => {
          console.error(error);
          return false;
        },
      )
    : Promise.resolve(false);
  pending.set(name, promise);
  return promise;
}

export function panelExists(name: PanelName): boolean {
  return `./${name}/element.ts` in modules;
}

type ChartPanel = (typeof import('./chart-panel'))['chartPanel'];

let chartPanel: ChartPanel | null = null;
let chartPanelPending: Promise<boolean> | null = null;

/** The chart view's template once its module has loaded, else null. */
export function loadedChartPanel(): ChartPanel | null {
  return chartPanel;
}

/** Loads the chart view (its elements and renderers); false when the module failed to load. */
export function loadChartPanel(): Promise<boolean> {
  chartPanelPending ??= import('./chart-panel').then(
    (module) => {
      chartPanel = module.chartPanel;
      return true;
    },
    (error: unknown) => {
      console.error(error);
      // A later visit to the chart view tries again.
      chartPanelPending = null;
      return false;
    },
  );
  return chartPanelPending;
}
