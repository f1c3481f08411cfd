// Command-line arguments of `npm run demo:data`.
import { parseArgs } from 'node:util';

export interface DemoArgs {
  scale: number;
  seed: number;
  out: string;
  help: boolean;
}

export const USAGE = 'usage: npm run demo:data [-- --scale N] [--seed S] [--out DIR]';
/** Scale 10 is already about 50 million rows (4 GB); rosters stay in memory. */
export const MAX_SCALE = 10;

/** A wrong command line: the CLI prints the message on one line and exits with 2. */
export class UsageError extends Error {}

function parseScale(text: string): number {
  const scale = Number(text);
  if (text.trim() === '' || !Number.isFinite(scale) || scale <= 0 || scale > MAX_SCALE) {
    throw new UsageError(
      `--scale must be a number above 0 and at most ${MAX_SCALE}, got "${text}"`,
    );
  }
  return scale;
}

function parseSeed(text: string): number {
  if (!/^\d{1,10}$/.test(text) || Number(text) > 0xffffffff) {
    throw new UsageError(`--seed must be an integer from 0 to 4294967295, got "${text}"`);
  }
  return Number(text);
}

export function parseDemoArgs(argv: readonly string[]): DemoArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        scale: { type: 'string', default: '1' },
        seed: { type: 'string', default: '1' },
        out: { type: 'string', default: 'data/demo' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0] : String(error));
  }
  if (values.out.trim() === '') throw new UsageError('--out must name a folder');
  return {
    scale: parseScale(values.scale),
    seed: parseSeed(values.seed),
    out: values.out,
    help: values.help,
  };
}
