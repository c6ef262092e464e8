// Scores the analyzer with and without the layout model on pages made for tuning its thresholds:
// mixed articles (another seed than training) in every layout, or on a folder of NAME.txt + NAME.gold.json.
//   npx tsx scripts/train/eval-model.ts [--dir FOLDER]...
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzePage } from '../../core/analysis/analyze-page';
import { toPageDocJson } from '../../main/cli/page-doc-json';
import { rawText, renderPage, type GoldDoc, type LayoutName } from '../eval-variants/render';
import { collectTrainingPages } from './collect-pages';
import { mixArticles } from './mix-articles';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const scorer = path.resolve(repoRoot, '..', 'shared', 'eval', 'score.mjs');
const args = process.argv.slice(2);
const dirs = args.flatMap((arg, index) => (args[index - 1] === '--dir' ? [path.resolve(arg)] : []));
const work = mkdtempSync(path.join(tmpdir(), 'qinggao-model-eval-'));
const goldDir = path.join(work, 'gold');
mkdirSync(goldDir);

if (dirs.length) {
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.gold.json'))) {
      const name = file.replace(/\.gold\.json$/u, '');
      writeFileSync(path.join(goldDir, `${name}.txt`), readFileSync(path.join(dir, `${name}.txt`)));
      writeFileSync(path.join(goldDir, file), readFileSync(path.join(dir, file)));
    }
  }
} else {
  const docs = collectTrainingPages(repoRoot).filter((page) => !page.set.includes('/')).map((page) => page.gold);
  const layouts: LayoutName[] = ['oneline', 'oneline-tight', 'indented', 'indented-oneline', 'narrow', 'wide', 'markdown-mixed'];
  for (const doc of mixArticles(docs, 15, 'dev')) {
    for (const layout of layouts) {
      const name = `${doc.source.replace(/\.txt$/u, '')}~${layout}`;
      writeFileSync(path.join(goldDir, `${name}.txt`), rawText(renderPage(doc, '', layout, 7, {})));
      writeFileSync(path.join(goldDir, `${name}.gold.json`), JSON.stringify({ ...doc, source: `${name}.txt` } satisfies GoldDoc));
    }
  }
}
const KEYS = ['break_accuracy', 'gap_accuracy', 'segment_f1', 'article_count_exact', 'title_exact', 'fields_exact', 'cer'];
for (const layoutModel of [false, true]) {
  const predDir = path.join(work, layoutModel ? 'model' : 'rules');
  mkdirSync(predDir);
  for (const file of readdirSync(goldDir).filter((name) => name.endsWith('.txt'))) {
    const analysis = analyzePage(readFileSync(path.join(goldDir, file), 'utf8'), { source: file, layoutModel });
    writeFileSync(path.join(predDir, file.replace(/\.txt$/u, '.json')), toPageDocJson(analysis));
  }
  const { summary } = JSON.parse(execFileSync('node', [scorer, '--gold', goldDir, '--pred', predDir, '--json'], { encoding: 'utf8' })) as { summary: Record<string, number> };
  console.log(`${layoutModel ? 'model' : 'rules'} ${summary.pages} pages  ${KEYS.map((key) => `${key.replace(/_accuracy|_exact/u, '')} ${summary[key]}`).join('  ')}`);
}
if (args.includes('--keep')) console.log(work);
else rmSync(work, { recursive: true, force: true });
