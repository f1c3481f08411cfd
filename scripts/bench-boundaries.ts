/**
 * npm run bench:boundaries — sizes (gzip -9) of the committed boundary layers and the
 * join coverage, against the budgets; exits 1 when one fails.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { budgetRows, renderTable } from './boundaries/budgets';
import { isFunctionalZone, loadReferenceList } from './boundaries/reference';

const DIR = join(process.cwd(), 'data/boundaries');
const gz = (file: string) => gzipSync(readFileSync(join(DIR, file)), { level: 9 }).length;

const ref = loadReferenceList();
const countyFiles = readdirSync(DIR)
  .filter((f) => /^counties-\d{6}\.topo\.json$/.test(f))
  .sort();
const drawn = new Set<string>();
const countyGzip = new Map<string, number>();
for (const f of countyFiles) {
  countyGzip.set(f.slice(9, 15), gz(f));
  const topo = JSON.parse(readFileSync(join(DIR, f), 'utf8')) as {
    objects: { counties: { geometries: { properties: { code: string } }[] } };
  };
  for (const g of topo.objects.counties.geometries) drawn.add(g.properties.code);
}
const official = ref.counties.filter((u) => !isFunctionalZone(u.code));

const rows = budgetRows({
  provincesGzip: gz('china-provinces.topo.json'),
  overviewGzip: gz('china-provinces.overview.topo.json'),
  prefecturesGzip: gz('china-prefectures.topo.json'),
  countyGzip,
  covered: official.filter((u) => drawn.has(u.code)).length,
  official: official.length,
});
process.stdout.write(renderTable(rows) + '\n');
const missing = official.filter((u) => !drawn.has(u.code));
if (missing.length)
  process.stdout.write(
    `\nwithout a polygon: ${missing.map((u) => `${u.code} ${u.name}`).join(', ')}\n`,
  );
if (rows.some((r) => !r.pass)) process.exit(1);
