// Loads the published data the atlas needs and tells the host when something
// arrives. Files are fetched once (AtlasDataSource caches them); this
// controller only remembers what has arrived, so render() can stay synchronous.

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AtlasIndex, MetricId, MetricYearValues, ProvinceSeries } from '../contract';
import type { AtlasDataSource } from '../data/source';
import { UnitDirectory } from '../data/units';
import { DataCoverage } from '../data/coverage';

export class AtlasDataController implements ReactiveController {
  index: AtlasIndex | null = null;
  units: UnitDirectory | null = null;
  /** The data's scope and which units are partial, per year. */
  coverage: DataCoverage | null = null;
  error: string | null = null;
  private readonly values = new Map<string, MetricYearValues | null>();
  private readonly series = new Map<string, ProvinceSeries | null>();
  private readonly pending = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost,
    readonly source: AtlasDataSource,
    /** Called once when the index has arrived, before the host renders it. */
    private readonly onIndex: (index: AtlasIndex) => void = () => undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.index) return;
    this.source.index().then(
      (index) => {
        this.index = index;
        this.units = new UnitDirectory(index.units);
        this.coverage = new DataCoverage(index, this.units);
        this.onIndex(index);
        this.host.requestUpdate();
      },
      (error: unknown) => this.fail(error),
    );
  }

  /** Years with data for a metric, ascending. */
  yearsOf(metric: MetricId): number[] {
    return this.index?.metrics.find((m) => m.id === metric)?.years ?? [];
  }

  /** The metric-year if loaded (null: no data that year), else undefined and a fetch starts. */
  valuesFor(metric: MetricId, year: number): MetricYearValues | null | undefined {
    const key = `${metric}/${year}`;
    if (this.values.has(key)) return this.values.get(key);
    this.fetch(
      key,
      () => this.source.values(metric, year),
      (v) => this.values.set(key, v),
    );
    return undefined;
  }

  /** Series of one scope (province code, or 000000 for the nation and provinces). */
  seriesFor(scope: string): ProvinceSeries | null | undefined {
    if (this.series.has(scope)) return this.series.get(scope);
    this.fetch(
      `series/${scope}`,
      () => this.source.series(scope),
      (s) => this.series.set(scope, s),
    );
    return undefined;
  }

  private fetch<T>(key: string, load: () => Promise<T>, store: (value: T) => void): void {
    if (this.pending.has(key)) return;
    this.pending.add(key);
    load().then(
      (value) => {
        this.pending.delete(key);
        store(value);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.pending.delete(key);
        this.fail(error);
      },
    );
  }

  private fail(error: unknown): void {
    this.error = error instanceof Error ? error.message : String(error);
    console.error(error);
    this.host.requestUpdate();
  }
}
