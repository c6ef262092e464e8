// Validates corpus article files: JSON shape, court names from the gazetteer, themes from the
// controlled list, and the text rules of ../shared/eval/FORMAT.md. `npm run corpus` refuses to
// build from an article that fails, naming the file and the reason.
//   npx tsx scripts/corpus/check-articles.ts [corpus/articles]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ArticleFile, type CorpusArticle, GENRES, THEMES, readArticleFiles } from './article';

const KEYS = ['id', 'genre', 'title', 'subtitle', 'byline', 'dateline', 'credit', 'blocks', 'courts', 'themes'];
const HAN = '\\p{Script=Han}';

/** Text-rule violations of one string (FORMAT.md): half-width marks, spaces next to digits, markdown, line breaks. */
export function textRuleErrors(text: string): string[] {
  const errors: string[] = [];
  if (text !== text.trim()) errors.push('leading or trailing whitespace');
  if (/[\r\n\t\f]/u.test(text)) errors.push('a line break or tab inside the text');
  if (/[\u3000]/u.test(text)) errors.push('an ideographic space (U+3000)');
  if (/ {2}/u.test(text)) errors.push('two spaces in a row');
  if (new RegExp(`[,:;?!()](?=${HAN})|(?<=${HAN})[,:;?!()]`, 'u').test(text)) errors.push('half-width punctuation next to Chinese');
  if (new RegExp(`(?<=${HAN}) (?=[0-9A-Za-z])|(?<=[0-9A-Za-z]) (?=${HAN})`, 'u').test(text)) errors.push('a space between Chinese and a digit or Latin letter');
  if (/[０-９Ａ-Ｚａ-ｚ]/u.test(text)) errors.push('full-width digits or letters');
  if (/^#|\*\*|__/u.test(text)) errors.push('markdown markup');
  if (/[\u2E80-\u2EFF\u2F00-\u2FDF]/u.test(text)) errors.push('radical characters (U+2E80–U+2FDF) instead of ideographs');
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
  else for (const court of article.courts as string[]) if (!courtNames.has(court)) errors.push(`court "${court}" is not a name in nmg-courts.json`);
  const themes = article.themes;
  if (!Array.isArray(themes) || themes.length < 1 || themes.length > 3) errors.push('themes must be 1–3 entries');
  else {
    for (const theme of themes) if (!THEMES.includes(theme as never)) errors.push(`theme "${String(theme)}" is not in the theme list`);
    if (new Set(themes).size !== themes.length) errors.push('a theme is listed twice');
  }

  // The text rules, on every string that has the right shape.
  const texts: [string, unknown][] = ['title', 'subtitle', 'byline', 'dateline', 'credit'].map((key) => [key, article[key]]);
  if (Array.isArray(blocks)) blocks.forEach((block: { text?: unknown } | null, index) => texts.push([`blocks[${index}]`, block?.text]));
  for (const [where, text] of texts) if (typeof text === 'string') for (const error of textRuleErrors(text)) errors.push(`${where}: ${error}`);
  const typed = article as unknown as CorpusArticle;
  const firstParagraph = Array.isArray(blocks) ? typed.blocks.find((block) => block?.type === 'paragraph') : undefined;
  if (typeof typed.dateline === 'string' && typeof firstParagraph?.text === 'string' && firstParagraph.text.startsWith(typed.dateline)) {
    errors.push('the first paragraph repeats the dateline');
  }
  return errors;
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
  const dir = path.resolve(process.argv[2] ?? path.join(repoRoot, 'corpus', 'articles'));
  const courts = loadCourtNames(path.resolve(repoRoot, '..', 'shared', 'data', 'nmg-courts.json'));
  const { articles, problems } = checkArticleFolder(dir, courts);
  if (problems.length) {
    console.error(`${problems.length} bad article file(s):\n${formatProblems(problems)}`);
    process.exitCode = 1;
  } else console.log(`${articles.length} articles OK`);
}
