// reported.csv: figures quoted from published documents, kept apart from the
// computed values and published beside them.

import { REPORTED_COLUMNS } from './columns';
import { BuildContext, explain, isYearInRange, shapeProblems } from './context';
import type { CsvRecord } from './csv-scan';
import type { CellDecoder } from './encoding';
import { resolveHeader, type CsvConsumer } from './csv-input';
import type { ReportedFigure, ReportedReading } from '../contract/published';

const NUMBER = /^-?\d+(\.\d+)?$/;
const SNAKE_CASE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

/** `reading`: as printed (the default), or restored from a damaged text. */
const READINGS: Readonly<Record<string, ReportedReading>> = {
  '': 'printed',
  printed: 'printed',
  原文: 'printed',
  restored: 'restored',
  复原: 'restored',
};

export class ReportedReader implements CsvConsumer {
  readonly figures: ReportedFigure[] = [];
  rejectedCount = 0;

  constructor(
    readonly file: string,
    /** How the file is named in the published figures (`data/reported.csv`). */
    readonly origin: string,
    private readonly ctx: BuildContext,
  ) {}

  /** Two rows with the same code, year, metric and source are an error (in one file or across files). */
  private checkDuplicate(
    figure: { code: string; year: string; metric: string; source: string },
    line: number,
    problem: (column: string | null, message: string) => void,
  ): void {
    const key = JSON.stringify([figure.code, Number(figure.year), figure.metric, figure.source]);
    const first = this.ctx.reportedFigures.get(key);
    if (first) {
      problem(
        null,
        `duplicate reported figure: code ${figure.code}, year ${figure.year}, metric ${figure.metric}, source "${figure.source}" already appeared at ${first} (one row per code, year, metric and source)`,
      );
    } else this.ctx.reportedFigures.set(key, `${this.file}:${line}`);
  }

  onHeader(header: string[]): (record: CsvRecord, decoder: CellDecoder) => void {
    const col = resolveHeader(this.file, header, REPORTED_COLUMNS);
    return (record, decoder) => {
      const problems = shapeProblems(this.file, record, header);
      const problem = (column: string | null, message: string) =>
        problems.push({ file: this.file, line: record.line, column, message });
      const cell = (name: keyof typeof col) =>
        problems.length > 0 ? '' : decoder.text(record, col[name]);
      const figure = {
        code: cell('code'),
        year: cell('year'),
        metric: cell('metric'),
        value: cell('value'),
        unit: cell('unit'),
        source: cell('source'),
        quote: cell('quote'),
        caveat: cell('caveat'),
        caveatEn: cell('caveat_en'),
        reading: cell('reading'),
      };
      if (problems.length === 0) {
        if (!this.ctx.reference.anyLevel.has(figure.code)) {
          problem(
            'code',
            `code "${figure.code}" is not a unit of the reference list (expected a six-digit code, 000000 for the nation)`,
          );
        }
        if (!/^\d{4}$/.test(figure.year)) problem('year', explain.year(figure.year));
        else if (!isYearInRange(Number(figure.year)))
          problem('year', explain.yearRange(Number(figure.year)));
        if (!SNAKE_CASE.test(figure.metric)) {
          problem(
            'metric',
            `metric "${figure.metric}" is not a snake_case id (expected a catalogue id such as class_multimedia_rate)`,
          );
        }
        if (!NUMBER.test(figure.value))
          problem('value', `value "${figure.value}" is not a number (expected e.g. 0.994 or 790)`);
        if (!figure.unit)
          problem('unit', explain.empty('unit', 'a unit such as fraction or count'));
        if (!figure.source) problem('source', explain.empty('source', 'the document and date'));
        const reading = READINGS[figure.reading];
        if (reading === undefined)
          problem(
            'reading',
            `reading "${figure.reading}" is not printed or restored (empty means printed)`,
          );
        else if (reading === 'restored' && !figure.caveat)
          problem(
            'caveat',
            'a restored reading needs a caveat saying what was lost and how the value was restored',
          );
        if (problems.length === 0) this.checkDuplicate(figure, record.line, problem);
      }
      if (problems.length > 0) {
        this.rejectedCount++;
        this.ctx.rejectRow(problems, record, decoder, header);
        return;
      }
      const { caveatEn, reading, ...rest } = figure;
      // The optional fields are written only when they say something.
      this.figures.push({
        ...rest,
        year: Number(figure.year),
        value: Number(figure.value),
        ...(caveatEn ? { caveatEn } : {}),
        ...(READINGS[reading] === 'restored' ? { reading: 'restored' as const } : {}),
        origin: this.origin,
      });
    };
  }
}
