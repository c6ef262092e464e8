// Checks the hand-written corpus articles against the shared article format and the text
// rules of FORMAT.md, with the court and theme vocabularies the app seeds (seeds/vocab/).
//
//   npx tsx scripts/corpus/check-articles.ts [--dir corpus/articles] [--stats]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { appRoot } from '../../main/app/app-root';
import { loadDefaultVocabulary } from '../../main/vocab/default-vocabulary';
import { articleProblems, type CorpusArticle } from './article-problems';

const dirOption = process.argv.indexOf('--dir');
const directory = dirOption >= 0 ? path.resolve(process.argv[dirOption + 1]) : path.join(appRoot(), 'corpus', 'articles');
const vocabulary = loadDefaultVocabulary();
const names = { courtNames: new Set(vocabulary.courts.map((court) => court.name)), themeNames: new Set(vocabulary.themes.map((theme) => theme.name)) };

const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
const genres = new Map<string, number>();
const primaryThemes = new Map<string, number>();
const courts = new Map<string, number>();
let failures = 0;
const files = readdirSync(directory).filter((name) => name.endsWith('.json')).sort();
for (const file of files) {
  let problems: string[];
  try {
    const article = JSON.parse(readFileSync(path.join(directory, file), 'utf8')) as CorpusArticle;
    problems = articleProblems(file, article, names);
    count(genres, article.genre);
    if (article.themes?.[0]) count(primaryThemes, article.themes[0]);
    for (const court of article.courts ?? []) count(courts, court);
  } catch (error) {
    problems = [`not valid JSON: ${(error as Error).message}`];
  }
  if (problems.length > 0) failures += 1;
  for (const problem of problems) console.log(`${file}: ${problem}`);
}

console.log(`${files.length} articles, ${failures} with problems`);
if (process.argv.includes('--stats')) {
  console.log('genres:', Object.fromEntries(genres));
  console.log('primary themes:', Object.fromEntries(primaryThemes));
  console.log(`courts (${courts.size}):`, [...courts.keys()].join(' '));
}
process.exitCode = failures > 0 ? 1 : 0;
