// How court and theme tags hold up when the analyzer hands the tagger a piece of an article or
// two articles run together, simulated on the corpus articles of one split:
//   whole   the article as written
//   head    headline, fields and the first half of the body (the piece the scorer matches)
//   tail    the second half of the body and the credit, no headline (the piece left over)
//   spliced the article, then the next one run into it: its headline a heading, its byline and
//           dateline paragraphs, its credit closing the whole
// Expected tags: the article's own for whole, head and spliced (the first article holds the
// matched piece); for tail, any court it gets that is not the article's is counted false.
//
//   npx tsx scripts/eval-tags-robust.ts [--split train] [--verbose]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleDoc, Block } from '../core/model/page-doc';
import { tagArticle } from '../core/tagging/suggest-tags';
import { appRoot } from '../main/app/app-root';
import { loadDefaultVocabulary } from '../main/vocab/default-vocabulary';

const args = process.argv.slice(2);
const split = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'train';
const verbose = args.includes('--verbose');
const corpus = path.join(appRoot(), 'corpus');
const ids = new Set<string>((JSON.parse(readFileSync(path.join(corpus, 'split.json'), 'utf8')) as Record<string, string[]>)[split]);
const articles = readdirSync(path.join(corpus, 'articles'))
  .sort()
  .map((file) => JSON.parse(readFileSync(path.join(corpus, 'articles', file), 'utf8')) as ArticleDoc & { id: string })
  .filter((article) => ids.has(article.id));
const vocabulary = loadDefaultVocabulary();

const paragraph = (text: string): Block => ({ type: 'paragraph', text });
const half = (article: ArticleDoc) => Math.max(1, Math.ceil(article.blocks.length / 2));

function head(article: ArticleDoc): ArticleDoc {
  return { ...article, credit: null, blocks: article.blocks.slice(0, half(article)) };
}

function tail(article: ArticleDoc): ArticleDoc {
  return { ...article, title: '', subtitle: null, byline: null, dateline: null, blocks: article.blocks.slice(half(article)) };
}

function spliced(first: ArticleDoc, second: ArticleDoc): ArticleDoc {
  const blocks: Block[] = [...first.blocks];
  if (first.credit) blocks.push(paragraph(first.credit));
  blocks.push({ type: 'heading', text: second.title });
  if (second.subtitle) blocks.push({ type: 'heading', text: second.subtitle });
  if (second.byline) blocks.push(paragraph(second.byline));
  const [lead, ...rest] = second.blocks;
  blocks.push(second.dateline && lead ? paragraph(`${second.dateline} ${lead.text}`) : lead, ...rest);
  return { ...first, credit: second.credit, blocks: blocks.filter(Boolean) };
}

interface Totals {
  tp: number;
  fp: number;
  fn: number;
  themes: number;
  hits: number;
}
const totals = new Map<string, Totals>();
function score(kind: string, article: ArticleDoc, gold: ArticleDoc, recall = true) {
  const tags = tagArticle({ ...article, courts: [], themes: [] }, vocabulary);
  const entry = totals.get(kind) ?? { tp: 0, fp: 0, fn: 0, themes: 0, hits: 0 };
  const wrong = tags.courts.filter((court) => !gold.courts.includes(court));
  const missed = recall ? gold.courts.filter((court) => !tags.courts.includes(court)) : [];
  entry.tp += tags.courts.length - wrong.length;
  entry.fp += wrong.length;
  entry.fn += missed.length;
  if (recall) {
    entry.themes++;
    if (tags.themes.includes(gold.themes[0])) entry.hits++;
  }
  totals.set(kind, entry);
  if (verbose && (wrong.length || missed.length)) console.log(`✗ ${kind.padEnd(7)} ${gold.title}  gold ${JSON.stringify(gold.courts)} got ${JSON.stringify(tags.courts)}`);
}

articles.forEach((article, index) => {
  score('whole', article, article);
  score('head', head(article), article);
  if (article.blocks.length >= 2) score('tail', tail(article), article, false);
  score('spliced', spliced(article, articles[(index + 1) % articles.length]), article);
});

const round = (value: number) => Math.round(value * 1000) / 1000;
console.log(`${split}: ${articles.length} articles`);
console.log('| piece | court P | court R | court F1 | theme |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [kind, entry] of totals) {
  const precision = entry.tp / Math.max(1, entry.tp + entry.fp);
  const recall = entry.tp / Math.max(1, entry.tp + entry.fn);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  const theme = entry.themes ? String(round(entry.hits / entry.themes)) : '–';
  console.log(`| ${kind} | ${round(precision)} | ${kind === 'tail' ? '–' : round(recall)} | ${kind === 'tail' ? '–' : round(f1)} | ${theme} |`);
}
