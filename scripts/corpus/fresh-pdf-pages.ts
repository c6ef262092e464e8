// Train articles set again as newspaper pages with other seeds (other groupings, papers, columns and
// arrangements), printed by Chromium and extracted by pdftotext and MuPDF: the PDF kinds' counterpart of
// fresh-layouts.ts. What the train pages' figures owe to where those pages happened to put their
// columns shows here; the words are the train split's, so the test split stays the measure of unseen text.
//   npx tsx scripts/corpus/fresh-pdf-pages.ts OUT_DIR [--rounds N] [--articles DIR]
// writes OUT_DIR/pdftotext and OUT_DIR/mutool, NAME.txt + NAME.gold.json pairs for ../shared/eval/score.mjs.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeSplit, pageArticles } from './compose-page';
import { mutoolText, pdfPageCount, pdftotext } from './extract-text';
import { freshOptions, trainArticles } from './fresh-pages-setup';
import { openPagePrinter } from './print-pdf';
import { goldDoc, goldJson } from './write-gold';

const { outDir, rounds, option, seenRounds } = freshOptions('npx tsx scripts/corpus/fresh-pdf-pages.ts OUT_DIR [--rounds N] [--articles DIR]', 1);
const train = trainArticles(option);
const seen = composeSplit('train', train, seenRounds).length;
const fresh = composeSplit('train', train, seenRounds + rounds).slice(seen);
const pdfDir = path.join(outDir, 'pdf');
for (const kind of ['pdf', 'pdftotext', 'mutool']) mkdirSync(path.join(outDir, kind), { recursive: true });

const printer = await openPagePrinter();
try {
  for (const spec of fresh) {
    const name = spec.name.replace(/^train-/u, 'fresh-');
    const page = await printer.fit(spec);
    const pdfPath = path.join(pdfDir, `${name}.pdf`);
    writeFileSync(pdfPath, await printer.print([page]));
    if (pdfPageCount(pdfPath) !== 1) {
      console.error(`${name}: printed on more than one sheet, left out`);
      rmSync(pdfPath);
      continue;
    }
    const gold = goldJson(goldDoc(`${name}.txt`, pageArticles(page.spec), page.spec.masthead));
    const [plain, mutool] = await Promise.all([pdftotext(pdfPath), mutoolText(pdfPath)]);
    for (const [kind, text] of [['pdftotext', plain], ['mutool', mutool]] as const) {
      writeFileSync(path.join(outDir, kind, `${name}.txt`), text);
      writeFileSync(path.join(outDir, kind, `${name}.gold.json`), gold);
    }
  }
} finally {
  await printer.close();
}
console.log(`${fresh.length} fresh PDF pages of ${train.length} train articles in ${outDir}`);
