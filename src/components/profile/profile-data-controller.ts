// Loads what a profile needs, once per (source, unit) and per focus
// metric-year: the province's and the nation's series, the reported figures,
// and the neighbours from the boundary topology. Stale answers are dropped.

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  NATION_CODE,
  type Level,
  type MetricId,
  type RemappedCode,
  type ReportedFigure,
} from '../../contract';
import type { AtlasDataSource } from '../../data/source';
import type { UnitDirectory } from '../../data/units';
import { neighbourCodesOf, neighbourValues } from '../../map/neighbour-source';
import type { NeighbourInput } from './neighbours';
import { seriesLookup, seriesScopeOf, type SeriesLookup } from '../../data/values';

export interface ProfileDataHost extends ReactiveControllerHost {
  source: AtlasDataSource | undefined;
  units: UnitDirectory | undefined;
  code: string;
  level: Level;
  metric: MetricId;
  year: number;
  boundariesBase: string;
}

export interface ProfileData {
  series: SeriesLookup;
  reported: ReportedFigure[];
  /** Old codes the build remapped (index.json); the profile says which reached this unit. */
  remaps: RemappedCode[];
}

export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; message: string };

export { seriesScopeOf } from '../../data/values';

export class ProfileDataController implements ReactiveController {
  data: LoadState<ProfileData> = { status: 'idle' };
  neighbours: LoadState<NeighbourInput[] | null> = { status: 'idle' };

  private dataKey: unknown[] = [];
  private neighbourKey: unknown[] = [];

  constructor(private readonly host: ProfileDataHost) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { source, units, code, level, metric, year, boundariesBase } = this.host;
    if (!source || !units || !code) return;
    const dataKey = [source, level, code];
    if (changed(this.dataKey, dataKey)) {
      this.dataKey = dataKey;
      this.data = { status: 'loading' };
      this.track(
        this.loadData(source, level, code),
        dataKey,
        () => this.dataKey,
        (s) => (this.data = s),
      );
    }
    const neighbourKey = [source, units, level, code, metric, year, boundariesBase];
    if (year && changed(this.neighbourKey, neighbourKey)) {
      this.neighbourKey = neighbourKey;
      this.neighbours = { status: 'loading' };
      this.track(
        this.loadNeighbours(source, units, level, code, metric, year, boundariesBase),
        neighbourKey,
        () => this.neighbourKey,
        (s) => (this.neighbours = s),
      );
    }
  }

  private track<T>(
    pending: Promise<T>,
    key: unknown[],
    current: () => unknown[],
    set: (state: LoadState<T>) => void,
  ): void {
    pending.then(
      (value) => {
        if (current() !== key) return;
        set({ status: 'ready', value });
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (current() !== key) return;
        set({ status: 'error', message: error instanceof Error ? error.message : String(error) });
        this.host.requestUpdate();
      },
    );
  }

  private async loadData(
    source: AtlasDataSource,
    level: Level,
    code: string,
  ): Promise<ProfileData> {
    const scope = seriesScopeOf(level, code);
    const [own, nation, reported, index] = await Promise.all([
      source.series(scope),
      scope === NATION_CODE ? null : source.series(NATION_CODE),
      source.reported(),
      source.index(),
    ]);
    return {
      series: seriesLookup([own, nation]),
      reported: reported.figures,
      remaps: index.remaps,
    };
  }

  private async loadNeighbours(
    source: AtlasDataSource,
    units: UnitDirectory,
    level: Level,
    code: string,
    metric: MetricId,
    year: number,
    boundariesBase: string,
  ): Promise<NeighbourInput[] | null> {
    const codes = await neighbourCodesOf(boundariesBase, level, code);
    if (!codes) return null;
    return neighbourValues(source, units, level, codes, metric, year, code);
  }
}

function changed(before: readonly unknown[], after: readonly unknown[]): boolean {
  return before.length !== after.length || before.some((v, i) => v !== after[i]);
}
