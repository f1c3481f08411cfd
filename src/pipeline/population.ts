// population.csv: resident population aged 3–5 per county-year, the
// denominator of gross enrollment.

import { POPULATION_COLUMNS } from './columns';
import { BuildContext, explain, isYearInRange, shapeProblems } from './context';
import type { CsvRecord } from './csv-scan';
import type { CellDecoder } from './encoding';
import type { RowProblem } from './errors';
import { resolveHeader, type CsvConsumer } from './csv-input';
import { explainSplit, RemapLog } from './remaps';

export class PopulationReader implements CsvConsumer {
  /** year → county index → population (NaN when unknown). */
  readonly byYear = new Map<number, Float64Array>();
  private readonly firstLine = new Map<string, { line: number; code: string }>();
  /** year → county index → largest remap depth of the rows it received (0: none). */
  private readonly remapDepths = new Map<number, Uint8Array>();
  /** Rows counted towards a current unit under an old code, by remap id and year. */
  readonly remapped = new RemapLog();
  rejectedCount = 0;

  constructor(
    readonly file: string,
    private readonly ctx: BuildContext,
  ) {}

  onHeader(header: string[]): (record: CsvRecord, decoder: CellDecoder) => void {
    const col = resolveHeader(this.file, header, POPULATION_COLUMNS);
    return (record, decoder) => {
      const problems = shapeProblems(this.file, record, header);
      const problem = (column: string | null, message: string) =>
        problems.push({ file: this.file, line: record.line, column, message });
      if (problems.length > 0) return this.reject(problems, record, decoder, header);

      const yearText = decoder.text(record, col.year);
      const codeText = decoder.text(record, col.county_code);
      const yearOk = /^\d{4}$/.test(yearText);
      if (!yearText) problem('year', explain.empty('year', 'a four-digit year'));
      else if (!yearOk) problem('year', explain.year(yearText));
      else if (!isYearInRange(Number(yearText)))
        problem('year', explain.yearRange(Number(yearText)));
      const { countyIndex, crosswalk } = this.ctx.reference;
      const remapId = crosswalk.remapIdOf.get(codeText);
      const remap = remapId === undefined ? undefined : crosswalk.remaps[remapId];
      const county = countyIndex.get(codeText) ?? remap?.county;
      const splitId = crosswalk.splitIdOf.get(codeText);
      if (!codeText)
        problem('county_code', explain.empty('county_code', 'a six-digit county-level code'));
      else if (!/^\d{6}$/.test(codeText))
        problem('county_code', explain.code('county_code', codeText));
      else if (splitId !== undefined && county === undefined) {
        problem(
          'county_code',
          explainSplit(
            'county_code',
            crosswalk.splits[splitId],
            (code) => this.ctx.reference.nameOf('county', code) ?? '',
          ),
        );
      } else if (county === undefined) {
        problem(
          'county_code',
          explain.unknownCode('county_code', codeText, this.ctx.reference.version),
        );
      }
      const population = record.count_(col.age_3_5);
      if (population === -2)
        problem('age_3_5', explain.empty('age_3_5', 'the resident population aged 3–5'));
      else if (population < 0)
        problem('age_3_5', explain.notCount('age_3_5', decoder.text(record, col.age_3_5)));
      if (problems.length === 0) {
        // A renamed code is the same territory as its current code: one row per year for both.
        const sameTerritory = remap === undefined || remap.change.kind === 'rename';
        const key = sameTerritory ? `${yearText}:unit:${county}` : `${yearText}:${codeText}`;
        const first = this.firstLine.get(key);
        if (first !== undefined) {
          problem(
            null,
            `duplicate population row: year ${yearText}, county_code ${codeText}${remap && sameTerritory ? ` (renamed ${remap.newCode})` : ''} already appeared on line ${first.line}${first.code !== codeText ? ` as ${first.code}` : ''} (one row per county and year)`,
          );
        } else {
          this.firstLine.set(key, { line: record.line, code: codeText });
        }
      }
      if (problems.length > 0) return this.reject(problems, record, decoder, header);
      const year = Number(yearText);
      const table = this.table(year);
      // Merged old units add up into their current unit.
      table[county!] = Number.isNaN(table[county!]) ? population : table[county!] + population;
      if (remap && remapId !== undefined) {
        this.remapped.add(remapId, year);
        const depths = this.depthsOf(year);
        depths[remap.county] = Math.max(depths[remap.county], remap.depth);
      }
    };
  }

  private table(year: number): Float64Array {
    let table = this.byYear.get(year);
    if (!table) {
      table = new Float64Array(this.ctx.reference.countyCodes.length).fill(Number.NaN);
      this.byYear.set(year, table);
    }
    return table;
  }

  private reject(
    problems: RowProblem[],
    record: CsvRecord,
    decoder: CellDecoder,
    header: string[],
  ): void {
    this.rejectedCount++;
    this.ctx.rejectRow(problems, record, decoder, header);
  }

  private depthsOf(year: number): Uint8Array {
    let depths = this.remapDepths.get(year);
    if (!depths) {
      depths = new Uint8Array(this.ctx.reference.countyCodes.length);
      this.remapDepths.set(year, depths);
    }
    return depths;
  }

  /** 0, or how far up the rows filed under old codes reach another unit (remaps.ts). */
  remapDepthOf(year: number, county: number): number {
    return this.remapDepths.get(year)?.[county] ?? 0;
  }

  populationOf(year: number, county: number): number {
    return this.byYear.get(year)?.[county] ?? Number.NaN;
  }
}
