// Train articles set again in the text layouts with other seeds: new groupings, column widths,
// column breaks and head splits, the same words. What the train pages' figures owe to where their
// lines happened to break (rules read one by one on those pages) shows here; what they owe to the
// words does not, so the test split stays the measure of unseen text.
//   npx tsx scripts/corpus/fresh-layouts.ts OUT_DIR [--rounds N] [--layout NAME]
// writes NAME.txt + NAME.gold.json pairs for ../shared/eval/score.mjs (train articles only).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkArticleFolder, loadCourtNames } from './check-articles';
import { splitOf } from './split';
import { textPages } from './text-pages';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const outDir = args[0];
if (!outDir || outDir.startsWith('--')) {
  console.error('usage: npx tsx scripts/corpus/fresh-layouts.ts OUT_DIR [--rounds N] [--layout NAME]');
  process.exit(2);
}
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const rounds = Number(opt('--rounds') ?? 4);
const layout = opt('--layout');
/** The corpus's own text pages are rounds 1 and 2 (build.ts): fresh pages start after them. */
const CORPUS_ROUNDS = 2;

const courts = loadCourtNames(path.resolve(repoRoot, '..', 'shared', 'data', 'nmg-courts.json'));
const { articles } = checkArticleFolder(path.join(repoRoot, 'corpus', 'articles'), courts);
const train = articles.filter((article) => splitOf(article.id) === 'train');
const seen = textPages('train', train, CORPUS_ROUNDS).length;
const fresh = textPages('train', train, CORPUS_ROUNDS + rounds)
  .slice(seen)
  .filter((page) => layout === undefined || page.layout === layout);
mkdirSync(outDir, { recursive: true });
for (const page of fresh) {
  const name = page.name.replace(/^train-/u, 'fresh-');
  writeFileSync(path.join(outDir, `${name}.txt`), page.raw);
  writeFileSync(path.join(outDir, `${name}.gold.json`), page.gold);
}
console.log(`${fresh.length} fresh pages of ${train.length} train articles in ${outDir}`);
