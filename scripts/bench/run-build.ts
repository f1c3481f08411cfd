// One timed build in its own process, so that peak RSS is the build's alone.
// Prints one JSON line: seconds, CPU seconds (all threads), peak RSS, rows read, phase timings.

import { buildData } from '../pipeline/build';

const [input, out] = process.argv.slice(2);
const timings: Record<string, number> = {};
const started = performance.now();
const result = await buildData({
  input,
  out,
  skipInvalid: false,
  projectReported: null,
  log: (line) => process.stderr.write(`${line}\n`),
  timings,
});
const seconds = (performance.now() - started) / 1000;
const usage = process.resourceUsage();
const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
process.stdout.write(
  `${JSON.stringify({ exitCode: result.exitCode, seconds, cpuSeconds, maxRssMB: usage.maxRSS / 1024, timings, aggregateRows: result.rows.length })}\n`,
);
