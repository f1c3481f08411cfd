// Published files held in memory (a build made in the browser from the user's
// own files) as a data source: the same validation as the published data, no
// request to anyone, and downloads as Blob URLs of the very bytes. Its own
// module, so the atlas entry carries none of it until own data is shown.

import { AtlasDataSource, type Fetcher } from './source';

/** Published files held in memory (a build made in the browser), by path inside the data folder. */
export type MemoryFiles = Readonly<Record<string, Uint8Array>>;

/** The root of in-memory data: a name no server answers, so nothing is ever fetched from it. */
export const MEMORY_ROOT = 'memory://own-data/';

/** A Fetcher that answers from `files` (paths under `root`), never from the network. */
export function memoryFetcher(files: MemoryFiles, root = MEMORY_ROOT): Fetcher {
  const decoder = new TextDecoder();
  return (url) => {
    const bytes = url.startsWith(root) ? files[url.slice(root.length)] : undefined;
    return Promise.resolve({
      ok: bytes !== undefined,
      status: bytes === undefined ? 404 : 200,
      json: () => Promise.resolve(JSON.parse(decoder.decode(bytes)) as unknown),
    });
  };
}

function mediaTypeOf(path: string): string {
  if (path.endsWith('.json')) return 'application/json';
  if (path.endsWith('.csv')) return 'text/csv;charset=utf-8';
  return 'application/octet-stream';
}

/**
 * A data source over files held in memory: the same validation as the
 * published data; downloads of its files are Blob URLs (made on first use,
 * revoked by dispose()).
 */
export function memoryDataSource(files: MemoryFiles): {
  source: AtlasDataSource;
  dispose(): void;
} {
  const links = new Map<string, string>();
  const linkOf = (path: string): string => {
    let link = links.get(path);
    if (!link) {
      const bytes = files[path] ?? new Uint8Array();
      link = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mediaTypeOf(path) }));
      links.set(path, link);
    }
    return link;
  };
  return {
    source: new AtlasDataSource(MEMORY_ROOT, memoryFetcher(files), linkOf),
    dispose: () => {
      for (const link of links.values()) URL.revokeObjectURL(link);
      links.clear();
    },
  };
}
