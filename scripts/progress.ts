// A progress line for long steps: a bar on a terminal (stderr), one line per
// step otherwise (stdout, so that stderr carries only problems).

export function progressBar(): (step: string, done: number) => void {
  let last = '';
  return (step, done) => {
    if (process.stderr.isTTY) {
      const width = 24;
      const filled = Math.round(Math.min(1, Math.max(0, done)) * width);
      process.stderr.write(
        `\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${Math.round(done * 100)}% ${step}\x1b[K`,
      );
      if (done >= 1) process.stderr.write('\n');
    } else if (step !== last) {
      process.stdout.write(`${step} …\n`);
    }
    last = step;
  };
}
