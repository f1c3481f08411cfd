// The baseline: DuckDB reads the same CSV and computes the same county sums.
// Plain JavaScript, so that a whole `node` process running it (start-up
// included) is a fair match for `npm run build:data`.

import { DuckDBInstance } from '@duckdb/node-api';

const [file] = process.argv.slice(2);
const started = performance.now();
const db = await DuckDBInstance.create(':memory:');
const connection = await db.connect();
const result = await connection.runAndReadAll(`
  SELECT year, county_code, stage, count(*) AS schools,
         sum(children_enrolled), sum(classes), sum(classes_with_multimedia), sum(students),
         sum(students_after_school), sum(teachers), sum(teachers_after_school), sum(offers_after_school)
  FROM read_csv('${file.replaceAll("'", "''")}')
  GROUP BY ALL`);
const groups = result.getRows().length;
const seconds = (performance.now() - started) / 1000;
const usage = process.resourceUsage();
const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
process.stdout.write(
  `${JSON.stringify({ seconds, cpuSeconds, groups, maxRssMB: usage.maxRSS / 1024 })}\n`,
);
