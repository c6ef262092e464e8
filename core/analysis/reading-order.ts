import type { ReadingOrderMove } from '../model/page-analysis';
import type { DraftArticle, DraftPage, RoledUnit } from './segment-articles';

/** Shared character pairs a block needs with a headline before it is moved on that evidence alone. */
const MIN_AFFINITY_MARGIN = 3;

function bigrams(text: string): Set<string> {
  const result = new Set<string>();
  const han = text.replace(/[^\u4e00-\u9fff]/gu, '');
  for (let index = 0; index + 1 < han.length; index++) result.add(han.slice(index, index + 2));
  return result;
}

function unitText(unit: RoledUnit | null): string {
  return unit ? unit.lines.map((line) => line.content).join('') : '';
}

function headBigrams(article: DraftArticle): Set<string> {
  return bigrams(unitText(article.title) + unitText(article.subtitle));
}

/** How many distinct character pairs of the block also occur in the article's headline and subtitle. */
function affinity(unit: RoledUnit, head: Set<string>): number {
  let shared = 0;
  for (const pair of bigrams(unitText(unit))) if (head.has(pair)) shared++;
  return shared;
}

const linesOf = (units: readonly RoledUnit[]) => units.flatMap((unit) => unit.lines.map((line) => line.index));

/**
 * Repairs reading order where the page itself gives strong evidence, recording each move so the
 * editor can undo it (`undone` holds move ids, the first raw line of what was moved).
 */
export function repairReadingOrder(page: DraftPage, undone: ReadonlySet<number>): ReadingOrderMove[] {
  const moves: ReadingOrderMove[] = [];
  const propose = (move: ReadingOrderMove, apply: () => void) => {
    moves.push(move);
    if (!undone.has(move.id)) apply();
  };

  // Body text above the first headline: the headline was printed after its body.
  if (page.beforeFirstTitle.length) {
    const units = page.beforeFirstTitle;
    const lines = linesOf(units);
    propose({ id: lines[0], kind: 'headline-after-body', lines, description: '标题排在正文之后：将标题前的正文归入其后的第一篇稿件' }, () => {
      if (page.articles.length) page.articles[0].body.unshift(...units);
      page.beforeFirstTitle = [];
    });
  }

  // A lone lead paragraph after the last headline, belonging to an earlier article that has none.
  const lastArticle = page.articles[page.articles.length - 1];
  if (page.articles.length > 1 && lastArticle.body.length === 1 && lastArticle.body[0].role === 'paragraph') {
    const lead = lastArticle.body[0];
    const ownAffinity = affinity(lead, headBigrams(lastArticle));
    let best: DraftArticle | null = null;
    let bestAffinity = ownAffinity + MIN_AFFINITY_MARGIN - 1;
    for (const article of page.articles.slice(0, -1)) {
      if (article.body.length && article.body[0].role === 'paragraph') continue;
      const score = affinity(lead, headBigrams(article));
      if (score > bestAffinity) {
        best = article;
        bestAffinity = score;
      }
    }
    if (best) {
      const target = best;
      const lines = linesOf([lead]);
      propose({ id: lines[0], kind: 'lead-at-end', lines, description: '导语排在版面末尾：移回所属稿件的开头' }, () => {
        lastArticle.body.splice(0, 1);
        target.body.unshift(lead);
      });
    }
  }

  // A headline with no body after it took its body from the article printed before it.
  page.articles.forEach((article, articleIndex) => {
    if (articleIndex === 0 || article.body.length) return;
    const previous = page.articles[articleIndex - 1];
    const ownHead = headBigrams(article);
    const previousHead = headBigrams(previous);
    let bestStart = -1;
    let bestScore = MIN_AFFINITY_MARGIN - 1;
    let suffix = 0;
    for (let start = previous.body.length - 1; start >= 1; start--) {
      const unit = previous.body[start];
      suffix += affinity(unit, ownHead) - affinity(unit, previousHead);
      const before = previous.body[start - 1];
      const boundary = unit.role === 'paragraph' && before.lines[before.lines.length - 1].endsSentence;
      if (boundary && suffix > bestScore) {
        bestScore = suffix;
        bestStart = start;
      }
    }
    if (bestStart < 0) return;
    const moved = previous.body.slice(bestStart);
    const lines = linesOf(moved);
    propose({ id: lines[0], kind: 'headline-after-body', lines, description: '标题排在正文之后：将其前面的正文归入该稿件' }, () => {
      previous.body.splice(bestStart);
      article.body.push(...moved);
    });
  });

  // A paragraph cut off mid-sentence continues in the one block that begins mid-sentence.
  for (const article of page.articles) {
    article.body.forEach((fragment, fragmentIndex) => {
      const lastLine = fragment.lines[fragment.lines.length - 1];
      if (fragment.role !== 'paragraph' || lastLine.endsSentence) return;
      const next = article.body[fragmentIndex + 1];
      if (next && next.role === 'paragraph') return;
      const candidates = article.body.filter((unit, index) => index !== fragmentIndex && unit.role === 'paragraph' && unit.lines[0].startsForbidden);
      if (candidates.length !== 1) return;
      const continuation = candidates[0];
      const lines = linesOf([continuation]);
      propose({ id: lines[0], kind: 'continued-fragment', lines, description: '段落在别处续排：将以句中开头的段落接到句子未完的段落之后' }, () => {
        article.body.splice(article.body.indexOf(continuation), 1);
        const merged: RoledUnit = { ...fragment, lines: [...fragment.lines, ...continuation.lines] };
        article.body[article.body.indexOf(fragment)] = merged;
      });
    });
  }
  return moves;
}
