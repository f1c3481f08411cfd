/** Size and coverage budgets of the boundary layers (issue 4). Pure. */

export const KB = 1024;

export const BUDGETS = {
  provinces: 150 * KB,
  /** the national first view's provinces (issue 12: ≤ 250 KB before the map is visible) */
  overview: 30 * KB,
  prefectures: 300 * KB,
  countyFile: 150 * KB,
  countiesTotal: 1200 * KB,
  coverage: 0.99,
} as const;

export interface BudgetRow {
  item: string;
  measured: string;
  budget: string;
  pass: boolean;
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

export interface Measured {
  provincesGzip: number;
  overviewGzip: number;
  prefecturesGzip: number;
  /** province code → gzip bytes of counties-<code>.topo.json */
  countyGzip: ReadonlyMap<string, number>;
  covered: number;
  official: number;
}

export function budgetRows(m: Measured): BudgetRow[] {
  const counties = [...m.countyGzip.entries()].sort((a, b) => b[1] - a[1]);
  const [largestCode = '', largest = 0] = counties[0] ?? [];
  const total = counties.reduce((s, [, n]) => s + n, 0);
  const ratio = m.official ? m.covered / m.official : 0;
  return [
    {
      item: 'china-provinces.topo.json (gzip)',
      measured: kb(m.provincesGzip),
      budget: `≤ ${kb(BUDGETS.provinces)}`,
      pass: m.provincesGzip <= BUDGETS.provinces,
    },
    {
      item: 'china-provinces.overview.topo.json (gzip, the first view)',
      measured: kb(m.overviewGzip),
      budget: `≤ ${kb(BUDGETS.overview)}`,
      pass: m.overviewGzip <= BUDGETS.overview,
    },
    {
      item: 'china-prefectures.topo.json (gzip)',
      measured: kb(m.prefecturesGzip),
      budget: `≤ ${kb(BUDGETS.prefectures)}`,
      pass: m.prefecturesGzip <= BUDGETS.prefectures,
    },
    {
      item: `largest county file (gzip): counties-${largestCode}`,
      measured: kb(largest),
      budget: `≤ ${kb(BUDGETS.countyFile)} each`,
      pass: counties.length > 0 && counties.every(([, n]) => n <= BUDGETS.countyFile),
    },
    {
      item: `all ${counties.length} county files (gzip)`,
      measured: kb(total),
      budget: `≤ ${kb(BUDGETS.countiesTotal)}`,
      pass: total <= BUDGETS.countiesTotal,
    },
    {
      item: 'join coverage (official county-level units)',
      measured: `${m.covered}/${m.official} = ${(Math.floor(ratio * 10000) / 100).toFixed(2)} %`,
      budget: `≥ ${BUDGETS.coverage * 100} %`,
      pass: ratio >= BUDGETS.coverage,
    },
  ];
}

export function renderTable(rows: readonly BudgetRow[]): string {
  const head = ['budget item', 'measured', 'budget', 'result'];
  const body = rows.map((r) => [r.item, r.measured, r.budget, r.pass ? 'PASS' : 'FAIL']);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) =>
    '| ' + cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ') + ' |';
  return [
    line(head),
    '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|',
    ...body.map(line),
  ].join('\n');
}
