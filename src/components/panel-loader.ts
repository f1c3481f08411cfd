// The profile and gap panels are built separately (src/components/profile/,
// src/components/gap-table/). They are found with import.meta.glob, so the
// atlas builds with or without them and wires them as soon as they land.

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
