// view=profile: <edu-profile> of the unit in focus; view=gap: <edu-gap-table>
// of the children of the region. Both come from another part of the project
// (see panel-loader.ts); until they exist a clear placeholder says so.

import { html } from 'lit';
import type { GapTargetDetail } from './gap-table/element';
import { gapInputs } from './gap-table/inputs';
import { isPanelReady, panelExists, type PanelName } from './panel-loader';
import type { ShellContext } from './shell-context';

function placeholder(ctx: ShellContext, name: PanelName) {
  return html`<p class="notice" role="status">
    ${panelExists(name) ? ctx.s.loading : ctx.s.panelMissing}
  </p>`;
}

export function profilePanel(ctx: ShellContext) {
  if (!isPanelReady('profile')) return placeholder(ctx, 'profile');
  const unit = ctx.focus.unit;
  return html`<edu-profile
    .source=${ctx.data.source}
    .units=${ctx.units}
    .code=${unit.code}
    .level=${unit.level}
    .metric=${ctx.metric.id}
    .year=${ctx.year}
    .locale=${ctx.locale}
    .synthetic=${ctx.synthetic}
    .boundariesBase=${'./boundaries/'}
    .scope=${ctx.coverage.scope}
  ></edu-profile>`;
}

export function gapPanel(ctx: ShellContext) {
  if (!isPanelReady('gap-table')) return placeholder(ctx, 'gap-table');
  const values = ctx.data.valuesFor(ctx.metric.id, ctx.year);
  const { rows, counties } = gapInputs(ctx.units, ctx.focus.children, values);
  const typed = ctx.state.target;
  const target = typed === null ? undefined : ctx.metric.unit === 'fraction' ? typed / 100 : typed;
  return html`<edu-gap-table
    .metric=${ctx.metric}
    .year=${ctx.year}
    .parent=${ctx.focus.parent}
    .rows=${rows}
    .counties=${counties}
    .target=${target}
    .locale=${ctx.locale}
    .synthetic=${ctx.synthetic}
    @edu-gap-target=${(e: CustomEvent<GapTargetDetail>) => ctx.set({ target: e.detail.target })}
  ></edu-gap-table>`;
}
