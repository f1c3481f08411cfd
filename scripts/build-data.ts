// npm run build:data -- --input DIR --out DIR [--skip-invalid [--rejected FILE]]
// Exit codes: 0 built; 1 invalid input (nothing written); 2 wrong usage.

import { parseArgs } from 'node:util';
import { buildData, defaultBuildOptions } from './pipeline/build';
import { siteSettingsFromFlags } from '../src/pipeline/site';
import { progressBar } from './progress';

const USAGE =
  'usage: npm run build:data -- [--input DIR] [--out DIR] [--skip-invalid [--rejected FILE]] [--title T] [--subtitle S] [--publisher P] [--contact C] [--default-metric ID]';

function parse() {
  try {
    return parseArgs({
      options: {
        input: { type: 'string' },
        out: { type: 'string' },
        'skip-invalid': { type: 'boolean', default: false },
        rejected: { type: 'string' },
        title: { type: 'string' },
        subtitle: { type: 'string' },
        publisher: { type: 'string' },
        contact: { type: 'string' },
        'default-metric': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: false,
      strict: true,
    }).values;
  } catch (error) {
    process.stderr.write(
      `build:data: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`,
    );
    process.exit(2);
  }
}

const args = parse();
if (args.help) {
  process.stdout.write(
    `${USAGE}\n  --input DIR      folder with schools.csv[.gz], population.csv[.gz], reported.csv[.gz] (default data/raw)\n  --out DIR        output folder, replaced as a whole (default public/data); it must be absent,\n                   empty, or the output of an earlier build:data\n  --skip-invalid   set invalid rows aside instead of failing\n  --rejected FILE  where --skip-invalid writes them (default rejected.csv in the input folder;\n                   never inside the published output folder)\n  --title, --subtitle, --publisher, --contact, --default-metric\n                   the site's identity (override site.json beside the inputs; default: the title follows the data's scope)\n`,
  );
  process.exit(0);
}
const options = defaultBuildOptions();
if (args.input !== undefined) options.input = args.input;
if (args.out !== undefined) options.out = args.out;
options.skipInvalid = args['skip-invalid'] ?? false;
if (args.rejected !== undefined) {
  if (!options.skipInvalid) {
    process.stderr.write(`build:data: --rejected needs --skip-invalid\n${USAGE}\n`);
    process.exit(2);
  }
  options.rejected = args.rejected;
}
try {
  options.site = siteSettingsFromFlags({
    title: args.title,
    subtitle: args.subtitle,
    publisher: args.publisher,
    contact: args.contact,
    defaultMetric: args['default-metric'],
  });
} catch (error) {
  process.stderr.write(`build:data: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
options.progress = progressBar();
const started = performance.now();
/** A failure of the machine (disk full, permissions) is said in one line, never as a stack trace. */
function systemFailure(error: unknown): never {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (!code) throw error;
  process.stderr.write(
    `build:data: ${(error as Error).message}; the output folder ${options.out} is unchanged\n`,
  );
  process.exit(1);
}
const result = await buildData(options).catch(systemFailure);
if (result.exitCode === 0) {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `build:data: ${result.rows.length} aggregate rows written to ${options.out} in ${seconds} s\n`,
  );
}
process.exit(result.exitCode);
