// A progress line for long steps: a bar on a terminal, one line per step otherwise.

export function progressBar(
  stream: NodeJS.WriteStream = process.stderr,
): (step: string, done: number) => void {
  let last = '';
  return (step, done) => {
    if (stream.isTTY) {
      const width = 24;
      const filled = Math.round(Math.min(1, Math.max(0, done)) * width);
      stream.write(
        `\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${Math.round(done * 100)}% ${step}\x1b[K`,
      );
      if (done >= 1) stream.write('\n');
    } else if (step !== last) {
      stream.write(`${step} …\n`);
    }
    last = step;
  };
}
