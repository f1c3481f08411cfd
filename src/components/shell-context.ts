// What the shell hands its view templates: the resolved state and the
// actions that change it. Views read; only the shell writes the URL state.

import type { AtlasDataController } from '../app/atlas-data-controller';
import type { DataCoverage } from '../data/coverage';
import type { Focus } from '../view/focus';
import type { AtlasState } from '../app/state';
import type { BuildInfo, MetricDefinition, SiteIdentity } from '../contract';
import type { Unit, UnitDirectory } from '../data/units';
import type { Locale } from '../format';
import type { AppStrings } from '../i18n/app';

export interface ShellContext {
  state: AtlasState;
  s: AppStrings;
  locale: Locale;
  metric: MetricDefinition;
  year: number;
  years: number[];
  fromYear: number;
  build: BuildInfo;
  synthetic: boolean;
  focus: Focus;
  units: UnitDirectory;
  /** The data's scope and partial units; units outside the scope are context only. */
  coverage: DataCoverage;
  /** Title, subtitle, publisher and contact of the site (index.json). */
  site: SiteIdentity;
  data: AtlasDataController;
  set(patch: Partial<AtlasState>, mode?: 'push' | 'replace'): void;
  /** Show a unit: its children, or the profile of a county. */
  goTo(unit: Unit): void;
  toggleSelected(code: string): void;
}
