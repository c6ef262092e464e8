// Train articles set again in the text layouts with other seeds: new groupings, column widths,
// column breaks and head splits, the same words. What the train pages' figures owe to where their
// lines happened to break (rules read one by one on those pages) shows here; what they owe to the
// words does not, so the test split stays the measure of unseen text.
//   npx tsx scripts/corpus/fresh-layouts.ts OUT_DIR [--rounds N] [--articles DIR] [--layout NAME]
// writes NAME.txt + NAME.gold.json pairs for ../shared/eval/score.mjs (train articles only).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freshOptions, trainArticles } from './fresh-pages-setup';
import { textPages } from './text-pages';

const { outDir, rounds, option, seenRounds } = freshOptions('npx tsx scripts/corpus/fresh-layouts.ts OUT_DIR [--rounds N] [--articles DIR] [--layout NAME]', 4);
const layout = option('--layout');
const train = trainArticles(option);
const seen = textPages('train', train, seenRounds).length;
const fresh = textPages('train', train, seenRounds + rounds)
  .slice(seen)
  .filter((page) => layout === undefined || page.layout === layout);
mkdirSync(outDir, { recursive: true });
for (const page of fresh) {
  const name = page.name.replace(/^train-/u, 'fresh-');
  writeFileSync(path.join(outDir, `${name}.txt`), page.raw);
  writeFileSync(path.join(outDir, `${name}.gold.json`), page.gold);
}
console.log(`${fresh.length} fresh pages of ${train.length} train articles in ${outDir}`);
