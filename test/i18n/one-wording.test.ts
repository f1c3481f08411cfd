// One wording per meaning (issue 12: "the synthetic label has four wordings"):
// a Chinese string is written once in src/i18n/zh/ and every other part that
// shows it refers to that entry. A literal written in two part files is a
// second copy that can drift; only the few below are the same words with
// different meanings, or would cost a chunk its budget if shared.

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ZH = resolve(import.meta.dirname, '../../src/i18n/zh');

const ALLOWED: ReadonlyMap<string, string> = new Map([
  // The chart type (app.ts; the profile's change column refers to it) is the
  // change chart's column heading too: charts-change.ts imports only charts.ts,
  // so a change embed loads no other part's table.
  ['变化', 'a chart embed loads no app table'],
  // "2020年": the change chart's legend and the profile's year label, for the same reason.
  ['${}年', 'a chart embed loads no panel table'],
  // A table's notes column (app.ts, panels refer to it) and a reported figure's caveat:
  // Notes / Caveat.
  ['说明', 'two meanings, one Chinese word'],
  // Close (app.ts's dismiss, own-data refers to it) and the share dialog's close button:
  // the dialog's zh table referring to zh/app.ts (its en says Close, app's Dismiss) split
  // app's chunk per locale, 0.9 KB more on the atlas entry (vite build, gzip of the
  // entry and its modulepreload list: 60.73 KB against 59.82).
  ['关闭', 'the atlas entry would grow 0.9 KB'],
]);

/** Chinese text: a Han character or CJK punctuation (not 'county', '>='). */
const CHINESE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/** The string literals of a source file that hold Chinese, a template's holes as ${}. */
export function chineseLiterals(source: string, file = 'x.ts'): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const isKey = ts.isPropertyAssignment(node.parent) && node.parent.name === node;
      if (!isKey) found.push(node.text);
    } else if (ts.isTemplateExpression(node)) {
      found.push(node.head.text + node.templateSpans.map((s) => `\${}${s.literal.text}`).join(''));
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true));
  return found.filter((text) => CHINESE.test(text));
}

/** Each Chinese literal written in more than one file, with the files. */
export function repeatedAcrossFiles(files: Record<string, string>): Record<string, string[]> {
  const where = new Map<string, Set<string>>();
  for (const [file, source] of Object.entries(files))
    for (const text of chineseLiterals(source, file))
      where.set(text, (where.get(text) ?? new Set()).add(file));
  return Object.fromEntries(
    [...where]
      .filter(([, inFiles]) => inFiles.size > 1)
      .map(([text, inFiles]) => [text, [...inFiles].sort()]),
  );
}

const zhFiles = Object.fromEntries(
  readdirSync(ZH)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => [name, readFileSync(join(ZH, name), 'utf8')]),
);

describe('one Chinese wording per meaning', () => {
  it('finds the literals of a table, template holes included', () => {
    const source =
      "const t = { a: '无数据', 'b-c': `${n}个地区`, d: 'county', e: x === 'nation' };";
    expect(chineseLiterals(source)).toEqual(['无数据', '${}个地区']);
  });

  it('tells a literal written in two files from one written twice in one file', () => {
    expect(
      repeatedAcrossFiles({
        'map.ts': "export const s = { a: '无数据', b: '无数据' };",
        'panels.ts': "export const s = { c: '无数据', d: '目标' };",
        'app.ts': "export const s = { e: '目标' + '' };",
      }),
    ).toEqual({ 无数据: ['map.ts', 'panels.ts'], 目标: ['app.ts', 'panels.ts'] });
  });

  it('reads every part file of src/i18n/zh', () => {
    expect(Object.keys(zhFiles)).toContain('charts.ts');
    expect(chineseLiterals(zhFiles['charts.ts'])).toContain('无数据');
  });

  it('writes no Chinese string in two part files unless allowed', () => {
    const repeated = repeatedAcrossFiles(zhFiles);
    for (const text of ALLOWED.keys()) delete repeated[text];
    expect(repeated).toEqual({});
  });

  it('allows only repeats that still exist', () => {
    const repeated = repeatedAcrossFiles(zhFiles);
    expect([...ALLOWED.keys()].filter((text) => !(text in repeated))).toEqual([]);
  });
});
