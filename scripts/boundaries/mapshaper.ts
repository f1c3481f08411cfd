/** Running mapshaper in-process and keeping its status messages for the report. */
import mapshaper from 'mapshaper';

export interface MapshaperRun {
  outputs: Record<string, string>;
  messages: string[];
}

function text(v: unknown): string {
  return typeof v === 'string' ? v : String(v);
}

export async function runMapshaper(
  commands: string,
  inputs: Record<string, string>,
): Promise<MapshaperRun> {
  const messages: string[] = [];
  const restore = mapshaper.internal.getLoggingSetter();
  const fail = (...args: unknown[]) => {
    throw new Error(`mapshaper: ${args.map(text).join(' ')}`);
  };
  mapshaper.internal.setLoggingFunctions(
    (...args) => messages.push(args.map(text).join(' ')),
    fail,
    fail,
    (...args) => messages.push(args.map(text).join(' ')),
  );
  try {
    const raw = await mapshaper.applyCommands(commands, inputs);
    const outputs: Record<string, string> = {};
    for (const [name, v] of Object.entries(raw))
      outputs[name] = typeof v === 'string' ? v : v.toString('utf8');
    return { outputs, messages };
  } finally {
    restore();
  }
}
