// What both fresh-page scripts (fresh-layouts.ts, fresh-pdf-pages.ts) start from: their command line and the
// corpus's train articles, read and checked as the corpus build reads them.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CorpusArticle } from './article';
import { checkArticleFolder, loadCourtNames } from './check-articles';
import { splitOf } from './split';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The corpus's own pages are rounds 1 and 2 of each kind (build.ts): fresh pages start after them. */
export const CORPUS_ROUNDS = 2;

export interface FreshOptions {
  outDir: string;
  rounds: number;
  option: (name: string) => string | undefined;
  /** Rounds the corpus already set for these articles: none for a folder of articles outside it. */
  seenRounds: number;
}

/** OUT_DIR first, then `--name value` options; exits with the usage line when OUT_DIR is missing. */
export function freshOptions(usage: string, defaultRounds: number): FreshOptions {
  const args = process.argv.slice(2);
  const outDir = args[0];
  if (!outDir || outDir.startsWith('--')) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  return { outDir, rounds: Number(option('--rounds') ?? defaultRounds), option, seenRounds: option('--articles') ? 0 : CORPUS_ROUNDS };
}

/**
 * The train split's articles (the test split's are never set again), or with `--articles DIR` every
 * article of a folder outside the corpus: new words for a development set that no split holds.
 */
export function trainArticles(option: FreshOptions['option']): CorpusArticle[] {
  const courts = loadCourtNames(path.resolve(repoRoot, '..', 'shared', 'data', 'nmg-courts.json'));
  const dir = option('--articles');
  const { articles } = checkArticleFolder(dir ? path.resolve(dir) : path.join(repoRoot, 'corpus', 'articles'), courts);
  return dir ? articles : articles.filter((article) => splitOf(article.id) === 'train');
}
