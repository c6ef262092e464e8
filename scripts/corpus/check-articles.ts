// Checks the hand-written corpus articles (corpus/articles/*.json) against the article format
// shared by the corpus helpers and the text rules of ../shared/eval/FORMAT.md, so that a page
// built from them carries gold that the scorer reads as intended.
//
//   npx tsx scripts/corpus/check-articles.ts [--dir corpus/articles] [--courts ../shared/data/nmg-courts.json] [--stats]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const GENRES = ['news', 'feature', 'case', 'notice', 'qa', 'roundup', 'list', 'commentary', 'photo'];
const THEMES = ['党建', '审判', '执行', '诉讼服务', '多元解纷', '普法宣传', '智慧法院', '民族团结', '营商环境', '生态保护', '未成年人保护', '队伍建设', '党风廉政', '基层治理', '法院文化'];
const BLOCK_TYPES = ['paragraph', 'heading', 'caption'];
const TEXT_FIELDS = ['title', 'subtitle', 'byline', 'dateline', 'credit'] as const;

const HAN = '\\p{Script=Han}';
// GB/T 15834: between Chinese characters these marks are printed full-width.
const HALF_WIDTH_BETWEEN_HAN = new RegExp(`${HAN}[,:;?!()]|[,:;?!()]${HAN}`, 'u');
const SPACE_NEXT_TO_DIGIT = new RegExp(`${HAN}[ \\u3000]+[0-9A-Za-z]|[0-9A-Za-z][ \\u3000]+${HAN}`, 'u');
const MARKDOWN = /^#|\*\*/;

interface Article {
  id: string;
  genre: string;
  title: string;
  subtitle: string | null;
  byline: string | null;
  dateline: string | null;
  credit: string | null;
  blocks: { type: string; text: string }[];
  courts: string[];
  themes: string[];
}

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 ? path.resolve(process.argv[index + 1]) : path.resolve(fallback);
}

function textProblems(label: string, text: string): string[] {
  const problems: string[] = [];
  if (text !== text.trim()) problems.push(`${label}: leading or trailing space`);
  if (/[\n\r\t]/.test(text)) problems.push(`${label}: contains a line break or tab`);
  if (HALF_WIDTH_BETWEEN_HAN.test(text)) problems.push(`${label}: half-width punctuation next to Chinese`);
  if (SPACE_NEXT_TO_DIGIT.test(text)) problems.push(`${label}: space between Chinese and a digit or Latin letter`);
  if (MARKDOWN.test(text)) problems.push(`${label}: markdown markup`);
  return problems;
}

function articleProblems(file: string, article: Article, courtNames: Set<string>): string[] {
  const problems: string[] = [];
  if (`${article.id}.json` !== file) problems.push(`id ${article.id} does not match the file name`);
  if (!GENRES.includes(article.genre)) problems.push(`unknown genre ${article.genre}`);
  if (typeof article.title !== 'string' || article.title.length < 4) problems.push('missing or too short title');
  if (/ {2,}/.test(article.title)) problems.push('title has more than one space between phrases');
  for (const field of TEXT_FIELDS) {
    const value = article[field];
    if (value === undefined) problems.push(`${field} missing (use null)`);
    else if (value !== null) problems.push(...textProblems(field, value));
  }
  if (article.dateline !== null && article.dateline !== undefined && article.blocks[0]?.text.startsWith(article.dateline)) {
    problems.push('the first paragraph repeats the dateline');
  }
  if (!Array.isArray(article.blocks) || article.blocks.length === 0) problems.push('no blocks');
  article.blocks.forEach((block, index) => {
    if (!BLOCK_TYPES.includes(block.type)) problems.push(`block ${index}: unknown type ${block.type}`);
    if (!block.text) problems.push(`block ${index}: empty text`);
    else problems.push(...textProblems(`block ${index}`, block.text));
  });
  if (!Array.isArray(article.courts) || article.courts.length === 0) problems.push('no courts');
  for (const court of article.courts) if (!courtNames.has(court)) problems.push(`court not in the gazetteer: ${court}`);
  if (!Array.isArray(article.themes) || article.themes.length < 1 || article.themes.length > 3) problems.push('themes must be 1-3');
  for (const theme of article.themes) if (!THEMES.includes(theme)) problems.push(`unknown theme ${theme}`);
  if (new Set(article.themes).size !== article.themes.length) problems.push('duplicate theme');
  return problems;
}

const directory = option('--dir', 'corpus/articles');
const courtsFile = option('--courts', '../shared/data/nmg-courts.json');
const courtNames = new Set((JSON.parse(readFileSync(courtsFile, 'utf8')) as { name: string }[]).map((court) => court.name));

const genres = new Map<string, number>();
const primaryThemes = new Map<string, number>();
const courts = new Map<string, number>();
let failures = 0;
const files = readdirSync(directory).filter((name) => name.endsWith('.json')).sort();
for (const file of files) {
  let problems: string[];
  try {
    const article = JSON.parse(readFileSync(path.join(directory, file), 'utf8')) as Article;
    problems = articleProblems(file, article, courtNames);
    genres.set(article.genre, (genres.get(article.genre) ?? 0) + 1);
    primaryThemes.set(article.themes[0], (primaryThemes.get(article.themes[0]) ?? 0) + 1);
    for (const court of article.courts) courts.set(court, (courts.get(court) ?? 0) + 1);
  } catch (error) {
    problems = [`not valid JSON: ${(error as Error).message}`];
  }
  if (problems.length > 0) {
    failures += 1;
    for (const problem of problems) console.log(`${file}: ${problem}`);
  }
}

console.log(`${files.length} articles, ${failures} with problems`);
if (process.argv.includes('--stats')) {
  console.log('genres:', Object.fromEntries(genres));
  console.log('primary themes:', Object.fromEntries(primaryThemes));
  console.log(`courts (${courts.size}):`, [...courts.keys()].join(' '));
}
process.exitCode = failures > 0 ? 1 : 0;
