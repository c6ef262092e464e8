// The shared scorer (../shared/eval/score.mjs) run on a folder of predictions, its summary read back, and the
// markdown row the corpus and development-set reports print: one place for the metrics and their order.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const scorer = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'eval', 'score.mjs');

/** The scorer's summary keys the reports print, with their column labels. */
export const SUMMARY_METRICS = [
  ['break_accuracy', 'break'],
  ['gap_accuracy', 'gap'],
  ['segment_f1', 'segment F1'],
  ['article_count_exact', 'articles exact'],
  ['title_exact', 'titles'],
  ['fields_exact', 'fields'],
  ['cer', 'CER'],
  ['court_f1', 'court F1'],
  ['theme_primary_hit', 'theme'],
] as const;

/** The scorer's summary for the predictions in `predDir` against every gold in `goldDir`. */
export function scoreSummary(goldDir: string, predDir: string): Record<string, number> {
  const output = execFileSync('node', [scorer, '--gold', goldDir, '--pred', predDir, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return (JSON.parse(output) as { summary: Record<string, number> }).summary;
}

/** `| label… | pages | metric… |`, three decimals. */
export function summaryRow(labels: readonly string[], pages: number, summary: Record<string, number>): string {
  return `| ${[...labels, String(pages), ...SUMMARY_METRICS.map(([key]) => summary[key].toFixed(3))].join(' | ')} |`;
}

/** The header and rule over such rows. */
export function summaryHeader(labels: readonly string[]): string[] {
  return [`| ${[...labels, 'pages', ...SUMMARY_METRICS.map(([, label]) => label)].join(' | ')} |`, `| ${[...labels.map(() => '---'), '---:', ...SUMMARY_METRICS.map(() => '---:')].join(' | ')} |`];
}
