// Scores today's analyzer on the development corpus (corpus/, built by `npm run corpus`) and
// prints one markdown table row per kind × split:
//   npx tsx scripts/eval-corpus.ts [--split train|test] [--kind text-layouts|pdftotext|mutool|pdf] [--keep]
// Text kinds run analyzePage on each NAME.txt; `pdf` reads NAME.pdf with readPdf and analyzes each
// page with analyzePdfPage. The shared scorer (../shared/eval/score.mjs) does the scoring.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzePage } from '../core/analysis/analyze-page';
import { analyzePdfPage } from '../core/pdf/analyze-pdf-page';
import { toPageDocJson } from '../main/cli/page-doc-json';
import { tryLoadDefaultVocabulary } from '../main/cli/vocabulary-loader';
import { readPdf } from '../main/pdf/read-pdf';
import { scoreSummary, summaryHeader, summaryRow } from './score-summary';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = path.join(repoRoot, 'corpus');
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const KINDS = ['text-layouts', 'pdftotext', 'mutool', 'pdf'] as const;
type Kind = (typeof KINDS)[number];
const splits = opt('--split') ? [opt('--split') as string] : ['train', 'test'];
const kinds = (opt('--kind') ? [opt('--kind')] : KINDS) as Kind[];
for (const kind of kinds) if (!KINDS.includes(kind)) throw new Error(`unknown kind ${kind}; one of ${KINDS.join(', ')}`);
const keep = args.includes('--keep');

const vocabulary = (await tryLoadDefaultVocabulary()) ?? undefined;
const outRoot = mkdtempSync(path.join(tmpdir(), 'qinggao-eval-corpus-'));
const rows: string[] = [];
try {
  for (const split of splits) {
    for (const kind of kinds) {
      const goldDir = kind === 'pdf' ? path.join(corpusDir, 'pdf', split) : path.join(corpusDir, 'pages', split, kind);
      if (!existsSync(goldDir)) continue;
      const predDir = path.join(outRoot, split, kind);
      mkdirSync(predDir, { recursive: true });
      const names = readdirSync(goldDir)
        .filter((file) => file.endsWith('.gold.json'))
        .map((file) => file.replace(/\.gold\.json$/u, ''))
        .sort();
      let pages = 0;
      for (const name of names) {
        if (kind === 'pdf') {
          const pdfPath = path.join(goldDir, `${name}.pdf`);
          // Train PDFs not kept in git exist only after `npm run corpus`.
          if (!existsSync(pdfPath)) continue;
          const [layout] = await readPdf(readFileSync(pdfPath));
          writeFileSync(path.join(predDir, `${name}.json`), toPageDocJson(analyzePdfPage(layout, { source: `${name}.txt`, vocabulary })));
        } else {
          const raw = readFileSync(path.join(goldDir, `${name}.txt`), 'utf8');
          writeFileSync(path.join(predDir, `${name}.json`), toPageDocJson(analyzePage(raw, { source: `${name}.txt`, vocabulary })));
        }
        pages++;
      }
      if (pages === 0) continue;
      // The scorer reads every gold in the folder: score a copy holding only the pages predicted.
      const scoredGold = path.join(outRoot, split, `${kind}-gold`);
      mkdirSync(scoredGold, { recursive: true });
      for (const file of readdirSync(predDir)) {
        const name = file.replace(/\.json$/u, '');
        writeFileSync(path.join(scoredGold, `${name}.gold.json`), readFileSync(path.join(goldDir, `${name}.gold.json`)));
        writeFileSync(path.join(scoredGold, `${name}.txt`), readFileSync(path.join(goldDir, `${name}.txt`)));
      }
      rows.push(summaryRow([kind, split], pages, scoreSummary(scoredGold, predDir)));
    }
  }
  for (const line of summaryHeader(['kind', 'split'])) console.log(line);
  for (const row of rows) console.log(row);
  if (keep) console.log(`\npredictions: ${outRoot}`);
} finally {
  if (!keep) rmSync(outRoot, { recursive: true, force: true });
}
