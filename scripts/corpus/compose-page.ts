// The seeded page composer: groups the articles of one split into newspaper pages (2–4
// articles, sometimes one long one) and draws each page's paper, columns, arrangement and
// typographic choices. Pure and deterministic: same articles and seed → same pages.
import { type Rng, makeRng } from '../eval-variants/render';
import { type CorpusArticle, articleLength } from './article';
import { type Masthead, drawMasthead } from './masthead';
import type { Split } from './split';

export type Paper = 'A3' | 'A4';

export interface PlacedArticle {
  article: CorpusArticle;
  /** The headline spans all columns of its cell (`column-span: all`) or sits in the first column. */
  headlineSpans: boolean;
  headlineAlign: 'center' | 'left';
  /** Bold dateline followed by this before the first paragraph. */
  datelineSeparator: string;
  bylineAlign: 'center' | 'right' | 'left';
  creditAlign: 'right' | 'left';
  photoHeightMm: number;
}

/** One cell of a row: its articles read top to bottom, set in `columns` columns. */
export interface PageCell {
  area: 'main' | 'left' | 'right' | 'side';
  columns: number;
  /** Share of the row's width (grid fr units). */
  width: number;
  boxed: boolean;
  articles: PlacedArticle[];
}

export interface PageRow {
  cells: PageCell[];
}

export interface PageSpec {
  name: string;
  split: Split;
  paper: Paper;
  columns: number;
  arrangement: 'flow' | 'lead-pair' | 'pair-lead' | 'sidebar' | 'single';
  /** The issue the page belongs to (pages of one issue share the date, page labels run on). */
  issue: string;
  masthead: Masthead;
  rows: PageRow[];
  /** Body type size in pt to try first; the printer steps down until the page fits. */
  fontSize: number;
  columnRules: boolean;
  rulesBetweenArticles: boolean;
}

/** Articles of a page in reading order: rows top to bottom, cells left to right. */
export function pageArticles(spec: PageSpec): CorpusArticle[] {
  return spec.rows.flatMap((row) => row.cells.flatMap((cell) => cell.articles.map((placed) => placed.article)));
}

export function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A long article (in characters; the corpus articles run 130–770) may fill an A4 page alone. */
const LONG = 600;

/** Splits a shuffled list into groups of 2–4 (a long one sometimes alone). */
export function groupArticles(articles: readonly CorpusArticle[], rng: Rng, single = 0.3): CorpusArticle[][] {
  const groups: CorpusArticle[][] = [];
  let index = 0;
  while (index < articles.length) {
    if (articleLength(articles[index]) >= LONG && rng.chance(single)) {
      groups.push([articles[index]]);
      index++;
      continue;
    }
    const size = Math.min(rng.int(2, 4), articles.length - index);
    groups.push(articles.slice(index, index + size));
    index += size;
  }
  return groups;
}

function place(article: CorpusArticle, rng: Rng): PlacedArticle {
  return {
    article,
    headlineSpans: rng.chance(0.8),
    headlineAlign: rng.chance(0.7) ? 'center' : 'left',
    datelineSeparator: rng.pick([' ', '\u3000', '']),
    bylineAlign: rng.pick(['center', 'center', 'right', 'left'] as const),
    creditAlign: rng.chance(0.8) ? 'right' : 'left',
    photoHeightMm: rng.int(22, 45),
  };
}

/** Two cells side by side sharing `columns` page columns. */
function pairCells(columns: number, left: PlacedArticle[], right: PlacedArticle[], rng: Rng): PageCell[] {
  const leftColumns = Math.max(1, Math.ceil(columns / 2));
  const rightColumns = Math.max(1, columns - leftColumns);
  const boxed = rng.chance(0.3);
  return [
    { area: 'left', columns: leftColumns, width: leftColumns, boxed: false, articles: left },
    { area: 'right', columns: rightColumns, width: rightColumns, boxed, articles: right },
  ];
}

function arrange(articles: PlacedArticle[], columns: number, rng: Rng): Pick<PageSpec, 'arrangement' | 'rows'> {
  if (articles.length === 1) return { arrangement: 'single', rows: [{ cells: [{ area: 'main', columns, width: 1, boxed: false, articles }] }] };
  const choices: PageSpec['arrangement'][] = articles.length === 2 ? ['flow', 'pair-lead'] : ['flow', 'lead-pair', 'pair-lead', 'sidebar'];
  const arrangement = columns < 3 && articles.length > 2 ? rng.pick(['flow', 'lead-pair'] as const) : rng.pick(choices);
  const main = (list: PlacedArticle[]): PageCell => ({ area: 'main', columns, width: 1, boxed: false, articles: list });
  switch (arrangement) {
    case 'flow':
      return { arrangement, rows: [{ cells: [main(articles)] }] };
    case 'lead-pair': {
      const rest = articles.slice(1);
      const cut = Math.ceil(rest.length / 2);
      return { arrangement, rows: [{ cells: [main(articles.slice(0, 1))] }, { cells: pairCells(columns, rest.slice(0, cut), rest.slice(cut), rng) }] };
    }
    case 'pair-lead': {
      if (articles.length === 2) return { arrangement, rows: [{ cells: pairCells(columns, articles.slice(0, 1), articles.slice(1), rng) }] };
      return { arrangement, rows: [{ cells: pairCells(columns, articles.slice(0, 1), articles.slice(1, 2), rng) }, { cells: [main(articles.slice(2))] }] };
    }
    case 'sidebar':
    case 'single':
      return {
        arrangement: 'sidebar',
        rows: [
          {
            cells: [
              { area: 'main', columns: columns - 1, width: columns - 1, boxed: false, articles: articles.slice(0, 1) },
              { area: 'side', columns: 1, width: 1, boxed: true, articles: articles.slice(1) },
            ],
          },
        ],
      };
  }
}

export interface IssuePlace {
  issue: string;
  week: number;
  page: number;
}

export function composePage(name: string, split: Split, articles: CorpusArticle[], seed: string, issue: IssuePlace): PageSpec {
  const rng = makeRng(`page:${seed}:${name}`);
  const total = articles.reduce((sum, article) => sum + articleLength(article), 0);
  // About 2,500 characters of 10 pt text fill an A4 page, 5,500 an A3 one.
  const paper: Paper = total > 2000 || articles.length > 3 ? 'A3' : total < 1000 ? 'A4' : rng.pick(['A3', 'A4'] as const);
  const columns = paper === 'A3' ? rng.int(3, 5) : rng.int(2, 4);
  const placed = articles.map((article) => place(article, rng));
  return {
    name,
    split,
    paper,
    columns,
    ...arrange(placed, columns, rng),
    issue: issue.issue,
    masthead: drawMasthead(rng, issue.week, issue.page),
    fontSize: rng.pick([10, 10.5, 11, 12]),
    columnRules: rng.chance(0.5),
    rulesBetweenArticles: rng.chance(0.7),
  };
}

/**
 * `rounds` different groupings of one split's articles, each page named `<split>-pNNN`; runs of
 * 3–4 consecutive pages form an issue (`<split>-iNN`).
 */
export function composeSplit(split: Split, articles: readonly CorpusArticle[], rounds: number): PageSpec[] {
  const groups: { group: CorpusArticle[]; round: number }[] = [];
  for (let round = 1; round <= rounds; round++) {
    const rng = makeRng(`pdf-round:${split}:${round}`);
    for (const group of groupArticles(shuffled(articles, rng), rng)) groups.push({ group, round });
  }
  const rng = makeRng(`issues:${split}`);
  const pages: PageSpec[] = [];
  let issueNumber = 0;
  while (pages.length < groups.length) {
    issueNumber++;
    const size = rng.int(3, 4);
    const week = rng.int(0, 51);
    const firstPage = rng.int(1, 5);
    for (let offset = 0; offset < size && pages.length < groups.length; offset++) {
      const { group, round } = groups[pages.length];
      const name = `${split}-p${String(pages.length + 1).padStart(3, '0')}`;
      const issue = `${split}-i${String(issueNumber).padStart(2, '0')}`;
      pages.push(composePage(name, split, group, `${round}`, { issue, week, page: firstPage + offset }));
    }
  }
  return pages;
}

/** A copy of the page without its last article (when it does not fit even in the smallest type). */
export function withoutLastArticle(spec: PageSpec): PageSpec {
  const rows = spec.rows.map((row) => ({ cells: row.cells.map((cell) => ({ ...cell, articles: [...cell.articles] })) }));
  for (let r = rows.length - 1; r >= 0; r--) {
    for (let c = rows[r].cells.length - 1; c >= 0; c--) {
      if (rows[r].cells[c].articles.length) {
        rows[r].cells[c].articles.pop();
        return { ...spec, rows: rows.map((row) => ({ cells: row.cells.filter((cell) => cell.articles.length) })).filter((row) => row.cells.length) };
      }
    }
  }
  return spec;
}
