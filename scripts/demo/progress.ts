// Progress on stderr: a redrawn bar on a terminal, one line per year otherwise.
import type { DemoSummary, YearProgress } from './generate';

const BAR_WIDTH = 30;

export function progressLine(progress: YearProgress): string {
  return `demo:data: ${progress.year} ${progress.rows.toLocaleString('en-US')} schools (${progress.done}/${progress.total})`;
}

export function progressBar(progress: YearProgress): string {
  const filled = Math.round((BAR_WIDTH * progress.done) / progress.total);
  return `\rdemo:data [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${progress.year} ${progress.done}/${progress.total}`;
}

export function createProgressReporter(
  stream: NodeJS.WriteStream,
): (progress: YearProgress) => void {
  return (progress) => {
    if (!stream.isTTY) {
      stream.write(`${progressLine(progress)}\n`);
      return;
    }
    stream.write(progressBar(progress));
    if (progress.done === progress.total) stream.write('\n');
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

export function summaryLine(summary: DemoSummary): string {
  return (
    `demo:data: wrote ${summary.out}: schools.csv ${summary.schoolRows.toLocaleString('en-US')} rows ` +
    `(${megabytes(summary.schoolBytes)}), population.csv ${summary.populationRows.toLocaleString('en-US')} rows ` +
    `(${megabytes(summary.populationBytes)}) in ${summary.seconds.toFixed(1)} s`
  );
}
