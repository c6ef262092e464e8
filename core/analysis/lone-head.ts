import { affinity, bigrams, headBigrams } from './headline-affinity';
import { NUMBERED_HEADING } from './line-patterns';
import type { DraftArticle, DraftPage, RoledUnit } from './segment-articles';

// An article's section heads come in sets: a feature's three or four heads, a case's 【案情】【裁判】,
// numbered items. A head that stands alone in an article, after a finished paragraph and after no
// head of a set, is no section head: it is the headline of the next article, which set no byline or
// dateline under it to prove it (巡回法官马背上调解 over 【案情】…). The text under it says so too:
// it names what that head names more than what the article's own headline names.

/** A head that belongs to a set by its mark: a number, brackets, a case's label, a roundup item's place before a colon. */
const MARKED_HEAD = /^(【|第[一二三四五六七八九十百]+|案例[一二三四五六七八九十\d]|典型案例|[\u4e00-\u9fff]{2,8}[：:])/u;
/** A roundup item's head: its place before a colon (凉城：…), or its court before the news (满洲里市法院 跨境纠纷调解室揭牌). */
const ITEM_HEAD = /^([\u4e00-\u9fff]{2,8}[：:]|[\u4e00-\u9fff]{2,8}(法院|法庭)[\s\u3000]+\S)/u;
/** A roundup has at least this many items: one place-led head may be a feature's section. */
const MIN_ROUNDUP_ITEMS = 2;
/** A headline names its subject; a section's label (法官说法, 典型意义) is shorter. */
const MIN_HEADLINE_WIDTH = 7;
/** Character pairs the text under the head must share with it beyond those it shares with the article's own headline. */
const MIN_AFFINITY_MARGIN = 3;

function headText(unit: RoledUnit): string {
  return unit.lines.map((line) => line.content).join('').replace(/[*#\s]/gu, '');
}

/** The head's words as set, spaces kept (a court's name stands apart from its news by one). */
function spacedText(unit: RoledUnit): string {
  return unit.lines.map((line) => line.content).join(' ').replace(/[*#]/gu, '').trim();
}

function isMarked(unit: RoledUnit): boolean {
  const text = headText(unit);
  return MARKED_HEAD.test(text) || NUMBERED_HEADING.test(text) || ITEM_HEAD.test(spacedText(unit));
}

/** A paragraph that finished: its sentence closed, or its item's source in brackets closed it (…万元。（凉城县法院）). */
function finished(unit: RoledUnit): boolean {
  const last = unit.lines[unit.lines.length - 1];
  return last.endsSentence || /[。！？”][（(][^（）()]{2,20}[）)]$/u.test(last.content);
}

/** Where the article's one unmarked head stands, if it opens another article; -1 if not. */
function loneHeadAt(article: DraftArticle, chosen: ReadonlySet<number>): number {
  const heads = article.body.flatMap((unit, index) => (unit.role === 'heading' ? [index] : []));
  const unmarked = heads.filter((index) => !isMarked(article.body[index]));
  if (unmarked.length !== 1) return -1;
  const at = unmarked[0];
  // A case's set of bracketed heads (【案情】【裁判】【说法】) may stand above it: the case story ended there.
  // So may a roundup's items, each led by its place or court (凉城：…, 满洲里市法院 …): the roundup ended there.
  const above = heads.filter((index) => index < at).map((index) => spacedText(article.body[index]));
  const bracketed = above.every((text) => /^【/u.test(text));
  const roundupItems = above.length >= MIN_ROUNDUP_ITEMS && above.every((text) => ITEM_HEAD.test(text));
  if (at < 1 || !(bracketed || roundupItems)) return -1;
  const head = article.body[at];
  // A head the editor made one stays what the editor made it.
  if (chosen.has(head.lines[0].index)) return -1;
  if (head.lines.reduce((sum, line) => sum + line.width, 0) < MIN_HEADLINE_WIDTH) return -1;
  const before = article.body[at - 1];
  if (before.role !== 'paragraph' || !finished(before)) return -1;
  const ownHead = headBigrams(article);
  const loneHead = bigrams(headText(head));
  const below = article.body.slice(at + 1);
  const toLone = below.reduce((sum, unit) => sum + affinity(unit, loneHead), 0);
  const toOwn = below.reduce((sum, unit) => sum + affinity(unit, ownHead), 0);
  return toLone >= toOwn + MIN_AFFINITY_MARGIN ? at : -1;
}

/**
 * Opens a new article at each article's lone unmarked head; the closing credit below it goes with
 * it. `chosen`: raw lines whose role the editor set.
 */
export function splitAtLoneHeads(page: DraftPage, chosen: ReadonlySet<number> = new Set()): void {
  for (let index = 0; index < page.articles.length; index++) {
    const at = loneHeadAt(page.articles[index], chosen);
    if (at >= 0) openArticleAt(page, index, at);
  }
}

/** Makes the head at `at` of the article at `index` the title of a new article after it; the closing credit below it goes with it. */
export function openArticleAt(page: DraftPage, index: number, at: number): void {
  const article = page.articles[index];
  const creditBelow = article.credit !== null && article.creditAt !== undefined && article.creditAt > at;
  const next: DraftArticle = { title: { ...article.body[at], role: 'title' }, subtitle: null, byline: null, credit: null, body: article.body.slice(at + 1) };
  if (creditBelow) {
    next.credit = article.credit;
    next.creditAt = (article.creditAt ?? 0) - at - 1;
    article.credit = null;
    article.creditAt = undefined;
  }
  article.body = article.body.slice(0, at);
  page.articles.splice(index + 1, 0, next);
}
