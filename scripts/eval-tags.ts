// Scores court and theme tagging against the hand-tagged gold pages, with the same
// definitions as ../shared/eval/score.mjs: court micro precision/recall/F1, and the share
// of gold primary themes (themes[0]) found among the predicted themes.
//
//   npx tsx scripts/eval-tags.ts [--gold DIR] [--verbose]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PageDoc } from '../core/model/page-doc';
import { tagArticle } from '../core/tagging/suggest-tags';
import { appRoot } from '../main/app/app-root';
import { loadDefaultVocabulary } from '../main/vocab/default-vocabulary';

const args = process.argv.slice(2);
const goldOption = args.indexOf('--gold');
const goldDir = goldOption >= 0 ? path.resolve(args[goldOption + 1]) : path.resolve(appRoot(), '..', 'shared', 'eval', 'gold');
const verbose = args.includes('--verbose');

const vocabulary = loadDefaultVocabulary();
let truePositives = 0;
let falsePositives = 0;
let falseNegatives = 0;
let themeArticles = 0;
let themeHits = 0;

for (const file of readdirSync(goldDir).filter((name) => name.endsWith('.gold.json')).sort()) {
  const page = JSON.parse(readFileSync(path.join(goldDir, file), 'utf8')) as PageDoc;
  for (const gold of page.articles) {
    const tags = tagArticle({ ...gold, courts: [], themes: [] }, vocabulary);
    const goldCourts = new Set(gold.courts);
    for (const court of new Set(tags.courts)) {
      if (goldCourts.has(court)) truePositives++;
      else falsePositives++;
    }
    for (const court of goldCourts) if (!tags.courts.includes(court)) falseNegatives++;
    const primaryHit = gold.themes.length > 0 && tags.themes.includes(gold.themes[0]);
    if (gold.themes.length) {
      themeArticles++;
      if (primaryHit) themeHits++;
    }
    const courtsOk = tags.courts.length === goldCourts.size && tags.courts.every((court) => goldCourts.has(court));
    if (verbose || !courtsOk || !primaryHit) {
      console.log(`${courtsOk && primaryHit ? '  ' : '✗ '}${file.slice(0, 3)} ${gold.title}`);
      console.log(`    courts gold ${JSON.stringify(gold.courts)} predicted ${JSON.stringify(tags.courts)}`);
      console.log(`    themes gold ${JSON.stringify(gold.themes)} predicted ${JSON.stringify(tags.themes)}`);
      if (verbose) {
        for (const suggestion of tags.suggestions) {
          const evidence = suggestion.evidence.slice(0, 4).map((item) => `${item.phrase}@${item.place}`).join(' ');
          console.log(`      ${suggestion.type} ${suggestion.name} ${suggestion.score}  ${evidence}`);
        }
      }
    }
  }
}

const round = (value: number) => Math.round(value * 1000) / 1000;
const precision = truePositives / Math.max(1, truePositives + falsePositives);
const recall = truePositives / Math.max(1, truePositives + falseNegatives);
const summary = {
  court_precision: round(precision),
  court_recall: round(recall),
  court_f1: round((2 * precision * recall) / (precision + recall || 1)),
  theme_primary_hit: round(themeHits / Math.max(1, themeArticles)),
};
for (const [key, value] of Object.entries(summary)) console.log(`${key.padEnd(20)} ${value}`);
