// Fetches the published data in the browser. Every file is fetched at most
// once per data root (several charts or embeds on one page share requests),
// and every file is validated against the contract before use.

import {
  INDEX_PATH,
  validateAtlasIndex,
  validateMetricYearValues,
  validateProvinceSeries,
  type AtlasIndex,
  type MetricId,
  type MetricYearValues,
  type ProvinceSeries,
  type ReportedFile,
} from '../contract';

export type Fetcher = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export class DataLoadError extends Error {
  constructor(
    readonly url: string,
    reason: string,
  ) {
    super(`${url}: ${reason}`);
    this.name = 'DataLoadError';
  }
}

export class AtlasDataSource {
  private readonly cache = new Map<string, Promise<unknown>>();

  constructor(
    /** Data root URL ending in '/', e.g. `./data/`. */
    readonly baseUrl: string,
    private readonly fetcher: Fetcher = (url) => fetch(url),
    /** Where a published file is offered for download, when not at its URL (data held in memory). */
    private readonly linkOf: ((path: string) => string) | null = null,
  ) {}

  index(): Promise<AtlasIndex> {
    return this.load(INDEX_PATH, validateAtlasIndex);
  }

  /** One metric-year, or null when the build has no rows for it. */
  async values(metric: MetricId, year: number): Promise<MetricYearValues | null> {
    const path = (await this.index()).files.values[metric]?.[String(year)];
    return path ? this.load(path, validateMetricYearValues) : null;
  }

  async series(scope: string): Promise<ProvinceSeries | null> {
    const path = (await this.index()).files.series[scope];
    return path ? this.load(path, validateProvinceSeries) : null;
  }

  /** The reported figures (their validator is loaded with them: only the profile reads them). */
  async reported(): Promise<ReportedFile> {
    const [index, { validateReportedFile }] = await Promise.all([
      this.index(),
      import('../contract/validate-reported'),
    ]);
    return this.load(index.files.reported, validateReportedFile);
  }

  /** URL of a published file for downloads: absolute, or a Blob URL for data held in memory. */
  url(path: string): string {
    return this.linkOf?.(path) ?? this.locate(path);
  }

  private locate(path: string): string {
    return new URL(path, new URL(this.baseUrl, globalThis.location?.href ?? 'http://localhost/')).href;
  }

  private load<T>(path: string, validate: (json: unknown) => T): Promise<T> {
    const cached = this.cache.get(path);
    if (cached) return cached as Promise<T>;
    const url = this.locate(path);
    const pending = this.fetcher(url).then(async (response) => {
      if (!response.ok) throw new DataLoadError(url, `HTTP ${response.status}`);
      try {
        return validate(await response.json());
      } catch (error) {
        throw new DataLoadError(url, error instanceof Error ? error.message : String(error));
      }
    });
    // A failed request may be retried later.
    pending.catch(() => this.cache.delete(path));
    this.cache.set(path, pending);
    return pending;
  }
}

const sources = new Map<string, AtlasDataSource>();

/** One shared source per data root, so that embeds on one page share fetches. */
export function dataSourceFor(baseUrl: string): AtlasDataSource {
  let source = sources.get(baseUrl);
  if (!source) {
    source = new AtlasDataSource(baseUrl);
    sources.set(baseUrl, source);
  }
  return source;
}

