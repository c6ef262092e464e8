// What makes a hand-written corpus article (corpus/articles/<id>.json) unusable as gold: the
// article format shared by the corpus helpers and the text rules of ../shared/eval/FORMAT.md,
// so that a page typeset from it carries gold the scorer reads as intended.

export const ARTICLE_GENRES = ['news', 'feature', 'case', 'notice', 'qa', 'roundup', 'list', 'commentary', 'photo'] as const;
const BLOCK_TYPES = ['paragraph', 'heading', 'caption'];
const TEXT_FIELDS = ['title', 'subtitle', 'byline', 'dateline', 'credit'] as const;

export interface CorpusArticle {
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

export interface ArticleVocabulary {
  courtNames: ReadonlySet<string>;
  themeNames: ReadonlySet<string>;
}

const HAN = '\\p{Script=Han}';
// GB/T 15834: between Chinese characters these marks are printed full-width.
const HALF_WIDTH_NEXT_TO_HAN = new RegExp(`${HAN}[,:;?!()]|[,:;?!()]${HAN}`, 'u');
const SPACE_NEXT_TO_DIGIT = new RegExp(`${HAN}[ \\u3000]+[0-9A-Za-z]|[0-9A-Za-z][ \\u3000]+${HAN}`, 'u');
const MARKDOWN = /^#|\*\*/;
// A closing credit such as （赤峰市中级人民法院供稿） or （张丽） belongs in `credit`, not in the body.
const CREDIT_LIKE = /^（[^（）]{1,40}）$/;

function textProblems(label: string, text: string): string[] {
  const problems: string[] = [];
  if (text !== text.trim()) problems.push(`${label}: leading or trailing space`);
  if (/[\n\r\t]/.test(text)) problems.push(`${label}: contains a line break or tab`);
  if (HALF_WIDTH_NEXT_TO_HAN.test(text)) problems.push(`${label}: half-width punctuation next to Chinese`);
  if (SPACE_NEXT_TO_DIGIT.test(text)) problems.push(`${label}: space between Chinese and a digit or Latin letter`);
  if (MARKDOWN.test(text)) problems.push(`${label}: markdown markup`);
  return problems;
}

/** Every reason the article in `fileName` cannot be used as it stands; empty when it can. */
export function articleProblems(fileName: string, article: CorpusArticle, vocabulary: ArticleVocabulary): string[] {
  const problems: string[] = [];
  if (`${article.id}.json` !== fileName) problems.push(`id ${article.id} does not match the file name`);
  if (!(ARTICLE_GENRES as readonly string[]).includes(article.genre)) problems.push(`unknown genre ${article.genre}`);
  if (typeof article.title !== 'string' || article.title.length < 4) problems.push('missing or too short title');
  else if (/ {2,}/.test(article.title)) problems.push('title has more than one space between phrases');
  for (const field of TEXT_FIELDS) {
    const value = article[field];
    if (value === undefined) problems.push(`${field} missing (use null)`);
    else if (value !== null) problems.push(...textProblems(field, value));
  }
  const blocks = Array.isArray(article.blocks) ? article.blocks : [];
  if (blocks.length === 0) problems.push('no blocks');
  blocks.forEach((block, index) => {
    if (!BLOCK_TYPES.includes(block.type)) problems.push(`block ${index}: unknown type ${block.type}`);
    if (!block.text) problems.push(`block ${index}: empty text`);
    else problems.push(...textProblems(`block ${index}`, block.text));
  });
  if (article.dateline && blocks[0]?.text.startsWith(article.dateline)) problems.push('the first paragraph repeats the dateline');
  const last = blocks.at(-1);
  if (last?.type === 'paragraph' && CREDIT_LIKE.test(last.text)) problems.push(`closing credit left in the body: ${last.text}`);
  const courts = Array.isArray(article.courts) ? article.courts : [];
  if (courts.length === 0) problems.push('no courts');
  for (const court of courts) if (!vocabulary.courtNames.has(court)) problems.push(`court not in the gazetteer: ${court}`);
  const themes = Array.isArray(article.themes) ? article.themes : [];
  if (themes.length < 1 || themes.length > 3) problems.push('themes must be 1-3');
  for (const theme of themes) if (!vocabulary.themeNames.has(theme)) problems.push(`unknown theme ${theme}`);
  if (new Set(themes).size !== themes.length) problems.push('duplicate theme');
  return problems;
}
