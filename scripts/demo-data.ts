// npm run demo:data [-- --scale N --seed S --out DIR]
// Writes a synthetic national dataset (schools.csv, population.csv, SYNTHETIC.md)
// into its own folder (data/demo by default), never over a user's returns.
import { parseDemoArgs, USAGE, UsageError } from './demo/args';
import { DemoFolderError, generateDemoData } from './demo/generate';
import { createProgressReporter, summaryLine } from './demo/progress';

function main(argv: readonly string[]): number {
  let args;
  try {
    args = parseDemoArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`demo:data: ${error.message} (${USAGE})\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let summary;
  try {
    summary = generateDemoData({
      scale: args.scale,
      seed: args.seed,
      out: args.out,
      sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
      onYear: createProgressReporter(process.stderr),
    });
  } catch (error) {
    if (!(error instanceof DemoFolderError)) throw error;
    process.stderr.write(`demo:data: ${error.message}\n`);
    return 2;
  }
  process.stderr.write(`${summaryLine(summary)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
