// The table view: every unit shown with value, numerator, denominator and
// flags; CSV of exactly the rows shown; links to all data; how to cite; the
// data changelog.

import { html } from 'lit';
import { tableRows } from '../app/table-rows';
import { formatDate } from '../format';
import type { ShellContext } from './shell-context';
import type { EduUnitTable } from './unit-table';
import './unit-table';

/** CSV of the rows shown (the CSV and download code loads on first use). */
async function downloadCsv(ctx: ShellContext, event: Event): Promise<void> {
  const root = (event.currentTarget as HTMLElement).getRootNode() as ShadowRoot;
  const table = root.querySelector<EduUnitTable>('#data-table');
  if (!table) return;
  const [{ rowsToCsv }, { fileNameOf, saveText }] = await Promise.all([
    import('../app/csv'),
    import('../app/download'),
  ]);
  const csv = rowsToCsv(table.shownRows, {
    metric: ctx.metric.id,
    year: ctx.year,
    dataStatus: ctx.build.dataStatus,
  });
  const name = fileNameOf([ctx.metric.id, ctx.focus.parent.code, ctx.year], 'csv');
  saveText(name, csv, 'text/csv;charset=utf-8');
}

export function tablePanel(ctx: ShellContext) {
  const { s, locale, metric } = ctx;
  const values = ctx.data.valuesFor(metric.id, ctx.year);
  const rows = tableRows(ctx.focus.children, values, metric, (u) =>
    ctx.coverage.shareOf(u, ctx.year),
  );
  const date = formatDate(ctx.build.builtAt);
  const parentName =
    ctx.focus.parent.level === 'nation' && locale === 'en' ? 'China' : ctx.focus.parent.name;
  const index = ctx.data.index;
  // Named, so that a Blob URL (the user's own data, held in memory) saves under its file name.
  const allCsv = index?.files.downloadCsv ?? 'downloads/education-atlas-aggregates.csv';
  return html`<div class="downloads">
      <button type="button" class="csv" @click=${(e: Event) => void downloadCsv(ctx, e)}>
        ${s.downloadCsv}
      </button>
      <span class="muted small">${s.privacy}</span>
    </div>
    <edu-unit-table
      id="data-table"
      full
      .rows=${rows}
      .metric=${metric}
      .locale=${locale}
      .selected=${ctx.state.select}
      caption=${s.rankedList(metric.name[locale], parentName, ctx.year)}
    ></edu-unit-table>
    <section class="about" aria-labelledby="all-data">
      <h3 id="all-data">${s.downloadAll}</h3>
      <ul>
        <li>
          <a href=${ctx.data.source.url(allCsv)} download=${allCsv.split('/').pop() ?? ''}
            >${s.downloadAllCsv}</a
          >
        </li>
        <li>
          <a href=${ctx.data.source.url(index?.files.manifest ?? 'manifest.json')}>${s.manifest}</a>
        </li>
      </ul>
      <h3>${s.cite}</h3>
      <p class="cite">${s.citeText(date, location.href)}</p>
      <h3>${s.changelog}</h3>
      <ul>
        <li>${s.changelogBuild(date, ctx.build.codeVersion, ctx.build.referenceList)}</li>
        ${(index?.notes ?? []).map((note) => html`<li>${note.message[locale]}</li>`)}
      </ul>
    </section>`;
}
