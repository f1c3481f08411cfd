// Whether the user asked to keep their data in this browser: a flag in
// localStorage, set only by "Keep in this browser" and cleared by "Forget", so
// that a visit without kept data never opens IndexedDB or loads the store.

const KEPT_KEY = 'edu-atlas-own-data-kept';

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage blocked (private mode, sandboxed frame)
  }
}

export function hasKeptOwnData(): boolean {
  return storage()?.getItem(KEPT_KEY) === '1';
}

export function markKept(kept: boolean): void {
  const store = storage();
  if (!store) return;
  if (kept) store.setItem(KEPT_KEY, '1');
  else store.removeItem(KEPT_KEY);
}
