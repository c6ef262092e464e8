// Scores the PDF layout engine: analyzes every PDF of a folder (NAME.pdf beside NAME.gold.json and
// NAME.txt, the printed lines) as `qinggao analyze` does and prints the shared scorer's table.
//
//   npx tsx scripts/eval-pdf.ts [DIR…] [--json] [--keep OUT]
// Default folders: ../shared/corpus/pdf/test when present, else main/pdf/fixtures.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyzePdfPage } from '../core/pdf/analyze-pdf-page';
import { formatAnalysis } from '../main/cli/format-analysis';
import { tryLoadDefaultVocabulary } from '../main/cli/vocabulary-loader';
import { readPdf } from '../main/pdf/read-pdf';

const args = process.argv.slice(2);
const keepIndex = args.indexOf('--keep');
const keep = keepIndex >= 0 ? args[keepIndex + 1] : null;
const json = args.includes('--json');
const repo = path.resolve(import.meta.dirname, '..');
const folders = args.filter((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--keep');
if (!folders.length) folders.push(path.join(repo, 'main/pdf/fixtures'));

const vocabulary = (await tryLoadDefaultVocabulary()) ?? undefined;
for (const folder of folders) {
  const out = keep ? mkdirSync(path.resolve(keep), { recursive: true }) ?? path.resolve(keep) : mkdtempSync(path.join(tmpdir(), 'qinggao-eval-pdf-'));
  const pdfs = readdirSync(folder).filter((file) => file.endsWith('.pdf') && existsSync(path.join(folder, file.replace(/\.pdf$/u, '.gold.json')))).sort();
  for (const file of pdfs) {
    const [layout] = await readPdf(new Uint8Array(readFileSync(path.join(folder, file))));
    const analysis = analyzePdfPage(layout, { source: file, vocabulary });
    writeFileSync(path.join(out, file.replace(/\.pdf$/u, '.json')), formatAnalysis(analysis, 'json'));
  }
  // Only the pages whose PDF is here (the corpus keeps some train PDFs out of git) are scored.
  const gold = mkdtempSync(path.join(tmpdir(), 'qinggao-eval-pdf-gold-'));
  for (const file of pdfs) {
    const name = file.replace(/\.pdf$/u, '');
    for (const suffix of ['.gold.json', '.txt']) symlinkSync(path.resolve(folder, name + suffix), path.join(gold, name + suffix));
  }
  console.log(`== ${folder} (${pdfs.length} PDFs)`);
  const scorer = path.resolve(repo, '../shared/eval/score.mjs');
  process.stdout.write(execFileSync('node', [scorer, '--gold', gold, '--pred', out, ...(json ? ['--json'] : [])], { encoding: 'utf8' }));
  rmSync(gold, { recursive: true, force: true });
  if (!keep) rmSync(out, { recursive: true, force: true });
}
