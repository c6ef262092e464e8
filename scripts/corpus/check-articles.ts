// Validates corpus article files: JSON shape, court names from the gazetteer
// (../shared/data/nmg-courts.json), themes from the controlled list, and the text rules of
// ../shared/eval/FORMAT.md (article-problems.ts, plus the extractor-only characters below).
// `npm run corpus` refuses to build from an article that fails, naming the file and the reason.
//   npx tsx scripts/corpus/check-articles.ts [--dir corpus/articles] [--stats]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ArticleFile, type CorpusArticle, GENRES, THEMES, readArticleFiles } from './article';
import { articleProblems } from './article-problems';
import { splitOf } from './split';

const KEYS = ['id', 'genre', 'title', 'subtitle', 'byline', 'dateline', 'credit', 'blocks', 'courts', 'themes'];

/**
 * What article-problems.ts does not check: characters only an extractor or a bad copy-paste
 * leaves (they would make the gold itself carry an artifact the engine is meant to repair).
 */
export function textRuleErrors(text: string): string[] {
  const errors: string[] = [];
  if (/\u3000/u.test(text)) errors.push('an ideographic space (U+3000)');
  if (/ {2}/u.test(text)) errors.push('two spaces in a row');
  if (/[０-９Ａ-Ｚａ-ｚ]/u.test(text)) errors.push('full-width digits or letters');
  if (/[\u2E80-\u2EFF\u2F00-\u2FDF]/u.test(text)) errors.push('radical characters (U+2E80–U+2FDF) instead of ideographs');
  if (/\f/u.test(text)) errors.push('a form feed');
  return errors;
}

function isStringOrNull(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}

/** Every reason the article in `file` is not a valid corpus article (empty when it is). */
export function checkArticle(file: ArticleFile, courtNames: ReadonlySet<string>): string[] {
  let value: unknown;
  try {
    value = JSON.parse(file.text);
  } catch (error) {
    return [`not JSON: ${(error as Error).message}`];
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['not a JSON object'];
  const article = value as Record<string, unknown>;
  const errors: string[] = [];
  for (const key of KEYS) if (!(key in article)) errors.push(`missing key "${key}"`);
  for (const key of Object.keys(article)) if (!KEYS.includes(key)) errors.push(`unknown key "${key}"`);
  if (errors.length) return errors;

  const expectedId = path.basename(file.file, '.json');
  if (typeof article.id !== 'string' || !/^[a-z]\d{3}$/u.test(article.id)) errors.push('id must look like w001 or c001');
  else if (article.id !== expectedId) errors.push(`id "${article.id}" differs from the file name "${expectedId}"`);
  if (!GENRES.includes(article.genre as never)) errors.push(`genre must be one of ${GENRES.join(', ')}`);
  if (typeof article.title !== 'string' || article.title === '') errors.push('title must be a non-empty string');
  for (const key of ['subtitle', 'byline', 'dateline', 'credit'] as const) {
    if (!isStringOrNull(article[key]) || article[key] === '') errors.push(`${key} must be a non-empty string or null`);
  }
  if (typeof article.dateline === 'string' && /[*\s]/u.test(article.dateline)) errors.push('dateline must carry no ** markers or spaces');

  const blocks = article.blocks;
  if (!Array.isArray(blocks) || blocks.length === 0) errors.push('blocks must be a non-empty array');
  else {
    blocks.forEach((block: unknown, index) => {
      const b = block as Record<string, unknown> | null;
      if (!b || !['paragraph', 'heading', 'caption'].includes(b.type as string) || typeof b.text !== 'string' || b.text === '' || Object.keys(b).length !== 2) {
        errors.push(`blocks[${index}] must be {"type": "paragraph" | "heading" | "caption", "text": "…"}`);
      }
    });
    if (!blocks.some((b: { type?: unknown }) => b?.type === 'paragraph')) errors.push('no paragraph block');
  }

  if (!Array.isArray(article.courts) || article.courts.some((c) => typeof c !== 'string')) errors.push('courts must be an array of strings');
  if (!Array.isArray(article.themes) || article.themes.some((t) => typeof t !== 'string')) errors.push('themes must be an array of strings');

  if (errors.length) return errors;

  const typed = article as unknown as CorpusArticle;
  errors.push(...articleProblems(path.basename(file.file), typed, { courtNames, themeNames: new Set(THEMES) }));
  const texts: [string, string][] = [['title', typed.title]];
  for (const key of ['subtitle', 'byline', 'dateline', 'credit'] as const) if (typed[key]) texts.push([key, typed[key] as string]);
  typed.blocks.forEach((block, index) => texts.push([`block ${index}`, block.text]));
  for (const [where, text] of texts) for (const error of textRuleErrors(text)) errors.push(`${where}: ${error}`);
  return [...new Set(errors)];
}

export function loadCourtNames(gazetteerPath: string): Set<string> {
  const courts = JSON.parse(readFileSync(gazetteerPath, 'utf8')) as { name: string }[];
  return new Set(courts.map((court) => court.name));
}

export interface CheckedArticles {
  articles: CorpusArticle[];
  problems: { file: string; errors: string[] }[];
}

export function checkArticleFolder(dir: string, courtNames: ReadonlySet<string>): CheckedArticles {
  const articles: CorpusArticle[] = [];
  const problems: CheckedArticles['problems'] = [];
  for (const file of readArticleFiles(dir)) {
    const errors = checkArticle(file, courtNames);
    if (errors.length) problems.push({ file: file.file, errors });
    else articles.push(JSON.parse(file.text) as CorpusArticle);
  }
  return { articles, problems };
}

export function formatProblems(problems: CheckedArticles['problems']): string {
  return problems.map((p) => `${p.file}:\n${p.errors.map((e) => `  - ${e}`).join('\n')}`).join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const dirAt = process.argv.indexOf('--dir');
  const dir = path.resolve(dirAt >= 0 ? process.argv[dirAt + 1] : path.join(repoRoot, 'corpus', 'articles'));
  const courts = loadCourtNames(path.resolve(repoRoot, '..', 'shared', 'data', 'nmg-courts.json'));
  const { articles, problems } = checkArticleFolder(dir, courts);
  if (problems.length) console.error(`${problems.length} bad article file(s):\n${formatProblems(problems)}`);
  console.log(`${articles.length + problems.length} articles, ${problems.length} with problems`);
  if (process.argv.includes('--stats')) {
    const tally = (keys: string[]): Record<string, number> => Object.fromEntries([...new Set(keys)].map((key) => [key, keys.filter((k) => k === key).length]));
    console.log('genres:', tally(articles.map((a) => a.genre)));
    console.log('primary themes:', tally(articles.map((a) => a.themes[0])));
    console.log('splits:', tally(articles.map((a) => splitOf(a.id))));
    console.log(`courts (${new Set(articles.flatMap((a) => a.courts)).size}):`, [...new Set(articles.flatMap((a) => a.courts))].join(' '));
  }
  process.exitCode = problems.length ? 1 : 0;
}
