// "Keep in this browser": the published files of an own-data build in
// IndexedDB, only when the user asks; restored on the next visit, deleted by
// "Forget". Nothing here is sent anywhere. The flag that says something is
// kept (kept-flag.ts) is the atlas's to set, so this module stays out of the entry.

import type { PublishedFiles } from './protocol';

const DB_NAME = 'edu-atlas-own-data';
const STORE = 'builds';
const KEY = 'current';

export interface KeptBuild {
  files: PublishedFiles;
  /** The names of the files the user chose. */
  inputs: string[];
  /** When it was kept (ISO 8601). */
  keptAt: string;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openDb(): Promise<IDBDatabase> {
  const req = indexedDB.open(DB_NAME, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(STORE);
  return request(req);
}

async function withStore<T>(
  mode: IDBTransactionMode,
  use: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openDb();
  try {
    const tx = db.transaction(STORE, mode);
    const result = await request(use(tx.objectStore(STORE)));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
    return result;
  } finally {
    db.close();
  }
}

export async function keepBuild(files: PublishedFiles, inputs: string[]): Promise<void> {
  const kept: KeptBuild = { files, inputs, keptAt: new Date().toISOString() };
  await withStore('readwrite', (store) => store.put(kept, KEY));
}

function isKeptBuild(value: unknown): value is KeptBuild {
  if (typeof value !== 'object' || value === null) return false;
  const files = (value as { files?: unknown }).files;
  return (
    typeof files === 'object' &&
    files !== null &&
    Object.values(files).every((bytes) => bytes instanceof Uint8Array)
  );
}

/** The kept build, or null (none kept, or unreadable). */
export async function restoreBuild(): Promise<KeptBuild | null> {
  try {
    const value: unknown = await withStore('readonly', (store) => store.get(KEY));
    if (isKeptBuild(value)) return value;
  } catch {
    // fall through: a store that cannot be read holds nothing usable
  }
  return null;
}

/** "Forget": the whole database is deleted. */
export async function forgetBuild(): Promise<void> {
  await request(indexedDB.deleteDatabase(DB_NAME));
}
