import { CLOSERS, PARTICLE_START } from './character-classes';
import { CASE_SECTION_LABEL, DATELINE, isCredit, isDateAlone } from './line-patterns';
import type { ReadingOrderMove } from '../model/page-analysis';
import type { LineFeatures } from './line-features';
import type { DraftArticle, DraftPage, RoledUnit } from './segment-articles';
import { affinity, headBigrams } from './headline-affinity';
import { unitText } from './text-units';

/** Shared character pairs a block needs with a headline before it is moved on that evidence alone. */
const MIN_AFFINITY_MARGIN = 3;

const linesOf = (units: readonly RoledUnit[]) => units.flatMap((unit) => unit.lines.map((line) => line.index));


/** A paragraph no writer could open: it starts with a particle or a mark no line may start with. */
function startsMidSentence(unit: RoledUnit): boolean {
  const line = unit.lines[0];
  return unit.role === 'paragraph' && (line.startsForbidden || PARTICLE_START.test(line.content));
}

/** The line stops mid-sentence (a closing quote or bracket leaves it open to doubt). */
function leftOpen(line: LineFeatures): boolean {
  return !line.endsSentence && !CLOSERS.includes(line.content.slice(-1));
}

/** The units share far more character pairs with the other headline than with their own. */
function leansBack(units: readonly RoledUnit[], otherHead: Set<string>, ownHead: Set<string>): boolean {
  let other = 0;
  let own = 0;
  for (const unit of units) {
    other += affinity(unit, otherHead);
    own += affinity(unit, ownHead);
    // The continuation opens the run: if its first paragraph does not lean back, nothing does.
    if (other <= own) return false;
  }
  return other >= 2 * own + MIN_AFFINITY_MARGIN;
}

/** A bracketed credit set as a paragraph because another credit was taken first. */
function isCreditUnit(unit: RoledUnit): boolean {
  if (unit.lines.length > 3) return false;
  return isCredit(unitText(unit));
}

type Propose = (move: ReadingOrderMove, apply: () => void) => void;

/**
 * Columns of two articles interleaved on the page: article A is cut at the foot of a column
 * (…一位特殊的“乘客”——嘎查), B's body, credit and headline follow, then A goes on in a block that
 * no paragraph could open (的人民调解员。…). A's text ran on across a blank line into B's body, or
 * its last paragraph stops mid-sentence. The cut is where the text after it (up to B's headline)
 * shares B's headline words rather than A's; A's remainder after B's headline is joined back.
 */
function repairInterleavedArticles(page: DraftPage, propose: Propose): void {
  for (let index = 1; index < page.articles.length; index++) {
    const later = page.articles[index];
    const earlier = page.articles[index - 1];
    if (!earlier.body.length || !later.body.length) continue;
    const laterHead = headBigrams(later);
    const earlierHead = headBigrams(earlier);
    const lean = (units: readonly RoledUnit[]) => units.reduce((sum, unit) => sum + affinity(unit, laterHead) - affinity(unit, earlierHead), 0);
    let continuationIndex = later.body.findIndex((unit) => startsMidSentence(unit));
    // Failing a mark of a sentence taken up, the words tell: all that stands under B's headline is
    // about A's headline, far more than about its own (and, below, what stands between A's cut and
    // B's headline is about B's). Court news shares much vocabulary, so one-sided evidence is asked for.
    const byWords = continuationIndex < 0 && later.body[0].role === 'paragraph' && !DATELINE.test(later.body[0].lines[0].content) && leansBack(later.body, earlierHead, laterHead);
    if (byWords) continuationIndex = 0;
    if (continuationIndex < 0) continue;
    if (continuationIndex > 0) {
      // A1 | B's headline and body | A2: A's last paragraph stops mid-sentence and A2 takes up the
      // sentence after B's body; B keeps what stands before the continuation.
      const lastUnit = earlier.body[earlier.body.length - 1];
      const before = later.body[continuationIndex - 1];
      if (lastUnit.role !== 'paragraph' || !leftOpen(lastUnit.lines[lastUnit.lines.length - 1]) || !before.lines[before.lines.length - 1].endsSentence) continue;
      const continued = later.body.slice(continuationIndex);
      const lines = linesOf(continued);
      propose({ id: lines[0], kind: 'continued-fragment', lines, description: '两篇稿件分栏交错：句子未完的段落接上另一稿件之后以句中字词开头的续文' }, () => {
        later.body.splice(continuationIndex);
        earlier.body[earlier.body.length - 1] = { ...lastUnit, lines: [...lastUnit.lines, ...continued[0].lines] };
        const rest = continued.slice(1);
        // B's credit was taken first; A's own credit came along with its continuation.
        const closing = rest[rest.length - 1];
        if (!earlier.credit && closing && isCreditUnit(closing)) earlier.credit = { ...rest.pop()!, role: 'credit' };
        earlier.body.push(...rest);
      });
      continue;
    }
    const credit = earlier.credit ? [earlier.credit] : [];
    let best: { unit: number; line: number } | null = null;
    let bestScore = MIN_AFFINITY_MARGIN - 1;
    earlier.body.forEach((unit, unitIndex) => {
      if (unit.role !== 'paragraph') return;
      const last = unitIndex === earlier.body.length - 1;
      for (let cut = 1; cut <= unit.lines.length; cut++) {
        // Inside a unit only a join across a blank line (a column break) can hide the cut.
        if (cut < unit.lines.length ? !unit.lines[cut].gapBefore : !last && earlier.body[unitIndex + 1].role !== 'paragraph') continue;
        if (!leftOpen(unit.lines[cut - 1])) continue;
        const moved = [...(cut < unit.lines.length ? [{ ...unit, lines: unit.lines.slice(cut) }] : []), ...earlier.body.slice(unitIndex + 1), ...credit];
        // Nothing in between: the cut fragment closes A and B's headline stands right after it.
        const score = cut === unit.lines.length && last && !byWords ? MIN_AFFINITY_MARGIN : lean(moved);
        if (score > bestScore) {
          bestScore = score;
          best = { unit: unitIndex, line: cut };
        }
      }
    });
    if (!best) continue;
    const { unit: unitIndex, line: cut } = best;
    const unit = earlier.body[unitIndex];
    const continuation = later.body[0];
    const movedUnits = [...(cut < unit.lines.length ? [{ ...unit, lines: unit.lines.slice(cut) }] : []), ...earlier.body.slice(unitIndex + 1)];
    const lines = [...linesOf([continuation]), ...linesOf(movedUnits)];
    propose({ id: lines[0], kind: 'continued-fragment', lines, description: '两篇稿件分栏交错：句子未完的段落接上以句中字词开头的续文，夹在中间的正文归入其后标题的稿件' }, () => {
      const joined: RoledUnit = { ...unit, lines: [...unit.lines.slice(0, cut), ...continuation.lines] };
      const rest = later.body.slice(1);
      later.body = movedUnits;
      earlier.body = [...earlier.body.slice(0, unitIndex), joined, ...rest];
      const earlierCredit = earlier.credit;
      earlier.credit = later.credit;
      later.credit = earlierCredit;
    });
  }
}

/**
 * A picture's caption set after an article's closing credit is not that article's: the credit
 * closes it. The caption goes with the article whose headline it shares words with, far more
 * than with the one it stands in (▲巡回法庭在嘎查开庭… under 巡回法庭开进嘎查).
 */
function repairStrayCaptions(page: DraftPage, propose: Propose): void {
  for (const article of page.articles) {
    if (!article.credit || article.creditAt === undefined) continue;
    const ownHead = headBigrams(article);
    for (const unit of article.body.slice(article.creditAt)) {
      if (unit.role !== 'caption') continue;
      let best: DraftArticle | null = null;
      let bestAffinity = affinity(unit, ownHead) + MIN_AFFINITY_MARGIN - 1;
      for (const other of page.articles) {
        if (other === article || !other.body.length) continue;
        const score = affinity(unit, headBigrams(other));
        if (score > bestAffinity) {
          best = other;
          bestAffinity = score;
        }
      }
      if (!best) continue;
      const target = best;
      const lines = linesOf([unit]);
      propose({ id: lines[0], kind: 'stray-caption', lines, description: '图片说明排在另一稿件的供稿署名之后：移回与其标题相合的稿件' }, () => {
        article.body.splice(article.body.indexOf(unit), 1);
        const closing = target.credit && target.creditAt !== undefined ? target.creditAt : target.body.length;
        target.body.splice(closing, 0, unit);
        if (target.creditAt !== undefined && target.credit) target.creditAt++;
      });
    }
  }
}

/** A headline's words only: no subtitle, dateline or byline among them, no list's item or numbered section, nor a caption's pieces under a photo. */
const headWordsOnly = (unit: RoledUnit) => unitText(unit).length >= MIN_STACKED_HEAD && !CASE_SECTION_LABEL.test(unitText(unit)) && unit.lines.every((line) => line.headlineShaped && !line.caption && !line.subtitleDash && !line.dateline && !line.byline && !line.listItem && !line.numberedHeading);
/** A headline names its subject; a section's label (基本案情, 法官说法) is shorter. */
const MIN_STACKED_HEAD = 7;

/** Where, in a body whose first unit opens on no dateline, a later paragraph opens on one (-1: none). */
const datelineLead = (body: readonly RoledUnit[]) => (body[0] && !body[0].lines[0].dateline ? body.findIndex((unit, at) => at > 0 && unit.role === 'paragraph' && unit.lines[0].dateline) : -1);

/**
 * Two articles set side by side with their headlines on one band: an extractor that writes the page block by block
 * (pdftotext) puts both heads one under the other, then the left article's text, then the right one's (口岸法治简讯 /
 * 全区法院第二届…获奖名单 / 二连浩特：… / 本报呼和浩特讯 …). The second head, read as a section head right under the first,
 * leaves its article's lead opening on a dateline in the middle of the other's text, where no article's lead stands:
 * from that lead on, the text is the second head's article. (Assembled again, the second head is a headline of its own
 * with the first one's text under it: the text above the lead goes back under the first.) The move is known by the
 * lead's first line either way.
 */
function repairStackedHeads(page: DraftPage, propose: Propose): void {
  for (let index = 0; index < page.articles.length; index++) {
    const article = page.articles[index];
    const [head] = article.body;
    if (article.title && head && head.role === 'heading' && headWordsOnly(head)) {
      const lead = datelineLead(article.body.slice(1)) + 1;
      if (lead <= 1) continue;
      const moved = article.body.slice(lead);
      propose({ id: moved[0].lines[0].index, kind: 'stacked-heads', lines: linesOf(moved), description: STACKED_HEADS }, () => {
        const body = article.body.splice(lead);
        article.body.shift();
        // A closing credit closes the text it stands after: the second article's, once that text is its own.
        const creditAt = article.creditAt;
        const creditMoves = article.credit !== null && (creditAt === undefined || creditAt >= lead);
        const next: DraftArticle = { title: { ...head, role: 'title' }, subtitle: null, byline: null, credit: creditMoves ? article.credit : null, body };
        if (creditMoves) {
          if (creditAt !== undefined) next.creditAt = creditAt - lead;
          article.credit = null;
          article.creditAt = undefined;
        } else if (creditAt !== undefined) article.creditAt = Math.max(0, creditAt - 1);
        page.articles.splice(index + 1, 0, next);
      });
      continue;
    }
    const second = page.articles[index + 1];
    if (!article.title || article.body.length || article.credit || !second?.title || !headWordsOnly(second.title)) continue;
    const lead = datelineLead(second.body);
    if (lead <= 0) continue;
    const moved = second.body.slice(0, lead);
    propose({ id: second.body[lead].lines[0].index, kind: 'stacked-heads', lines: linesOf(moved), description: STACKED_HEADS }, () => {
      article.body.push(...second.body.splice(0, lead));
      // A credit that stood within the text moved closes it.
      if (second.credit && second.creditAt !== undefined && second.creditAt <= lead) {
        article.credit = second.credit;
        article.creditAt = second.creditAt;
        second.credit = null;
        second.creditAt = undefined;
      } else if (second.creditAt !== undefined) second.creditAt = Math.max(0, second.creditAt - lead);
    });
  }
}

const STACKED_HEADS = '两篇稿件的标题上下相叠：前一标题下的正文归前一篇，后一篇从其电头开始';

/**
 * Repairs reading order where the page itself gives strong evidence, recording each move so the
 * editor can undo it (`undone` holds move ids, the first raw line of what was moved).
 */
export function repairReadingOrder(page: DraftPage, undone: ReadonlySet<number>, { columnsByPosition = false }: { columnsByPosition?: boolean } = {}): ReadingOrderMove[] {
  const moves: ReadingOrderMove[] = [];
  const propose = (move: ReadingOrderMove, apply: () => void) => {
    moves.push(move);
    if (!undone.has(move.id)) apply();
  };

  // Body text above the first headline: the headline was printed after its body.
  if (page.beforeFirstTitle.length && page.articles.length) {
    const units = page.beforeFirstTitle;
    const lines = linesOf(units);
    propose({ id: lines[0], kind: 'headline-after-body', lines, description: '标题排在正文之后：将标题前的正文归入其后的第一篇稿件' }, () => {
      page.articles[0].body.unshift(...units);
      page.beforeFirstTitle = [];
    });
  }

  // Lead text after the last headline (no section heads in it), belonging to an earlier
  // article that opens directly with a section head.
  const lastArticle = page.articles[page.articles.length - 1];
  // A closing credit ends the last article: paragraphs after it are the lead of another one.
  const creditAt = lastArticle?.credit ? lastArticle.creditAt ?? 0 : 0;
  const leadStart = creditAt > 0 && creditAt < lastArticle.body.length ? creditAt : 0;
  if (page.articles.length > 1 && lastArticle.body.length > leadStart && lastArticle.body.slice(leadStart).every((unit) => unit.role === 'paragraph')) {
    const lead = lastArticle.body.slice(leadStart);
    const leadUnit: RoledUnit = { role: 'paragraph', lines: lead.flatMap((unit) => unit.lines) };
    const ownAffinity = affinity(leadUnit, headBigrams(lastArticle));
    let best: DraftArticle | null = null;
    let bestAffinity = ownAffinity + MIN_AFFINITY_MARGIN - 1;
    for (const article of page.articles.slice(0, -1)) {
      if (article.body.length && article.body[0].role === 'paragraph') continue;
      const score = affinity(leadUnit, headBigrams(article));
      if (score > bestAffinity) {
        best = article;
        bestAffinity = score;
      }
    }
    if (best) {
      const target = best;
      const lines = linesOf(lead);
      propose({ id: lines[0], kind: 'lead-at-end', lines, description: '导语排在版面末尾：移回所属稿件的开头' }, () => {
        lastArticle.body.splice(leadStart, lead.length);
        target.body.unshift(...lead);
      });
    }
  }

  repairStrayCaptions(page, propose);

  repairInterleavedArticles(page, propose);

  repairStackedHeads(page, propose);

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

  // A paragraph cut off mid-sentence at the end of its section continues in the one block that
  // begins mid-sentence (it starts with a mark no line may start with); failing that, in the
  // first paragraph of the same section, where a column read out of turn puts it.
  for (const article of page.articles) {
    const fragments = article.body.filter((unit, index) => {
      const lastLine = unit.lines[unit.lines.length - 1];
      const next = article.body[index + 1];
      // A notice's signature ends on its date, which closes the text without a full stop.
      const signatureDate = isDateAlone(lastLine.content.trim());
      // (Nor does a list's item, which may close on its court and names: 1.《…判决书》 呼伦贝尔市中级人民法院 孟庆华.)
      return unit.role === 'paragraph' && !lastLine.endsSentence && !signatureDate && !unit.lines[0].listItem && !CLOSERS.includes(lastLine.content.slice(-1)) && (!next || next.role !== 'paragraph');
    });
    if (fragments.length !== 1) continue;
    const fragment = fragments[0];
    const fragmentIndex = article.body.indexOf(fragment);
    const midStarts = article.body.filter((unit) => unit !== fragment && startsMidSentence(unit));
    if (midStarts.length === 1) {
      const moved = midStarts[0];
      const lines = linesOf([moved]);
      propose({ id: lines[0], kind: 'continued-fragment', lines, description: '段落在别处续排：将以句中标点或助词开头的续文接到句子未完的段落之后' }, () => {
        article.body.splice(article.body.indexOf(moved), 1);
        article.body[article.body.indexOf(fragment)] = { ...fragment, lines: [...fragment.lines, ...moved.lines] };
      });
      continue;
    }
    // Columns read by their position on the page (a PDF) are never out of turn: an unfinished last
    // paragraph there is the article's own ending.
    if (midStarts.length || columnsByPosition) continue;
    let sectionStart = fragmentIndex;
    while (sectionStart > 0 && article.body[sectionStart - 1].role === 'paragraph') sectionStart--;
    if (sectionStart === 0 || article.body[sectionStart - 1].role !== 'heading' || sectionStart >= fragmentIndex) continue;
    // The section's two columns were read in the wrong order: the second column (which opens
    // with the end of the cut sentence) came first. Columns of one section are set to equal
    // height, so the first column starts where the two runs are closest in length.
    const section = article.body.slice(sectionStart, fragmentIndex + 1);
    const lengths = section.map((unit) => unit.lines.reduce((sum, line) => sum + line.width, 0));
    const total = lengths.reduce((sum, length) => sum + length, 0);
    let bestSplit = 1;
    let bestDifference = Infinity;
    let secondColumn = 0;
    for (let split = 1; split < section.length; split++) {
      secondColumn += lengths[split - 1];
      const difference = Math.abs(total - 2 * secondColumn);
      if (difference < bestDifference) {
        bestDifference = difference;
        bestSplit = split;
      }
    }
    const second = section.slice(0, bestSplit);
    const first = section.slice(bestSplit);
    const lines = linesOf(first);
    propose({ id: lines[0], kind: 'interleaved-column', lines, description: '分栏次序颠倒：句子未完的一栏移到前面，与以续文开头的一栏接上' }, () => {
      const merged: RoledUnit = { ...fragment, lines: [...fragment.lines, ...second[0].lines] };
      article.body.splice(sectionStart, section.length, ...first.slice(0, -1), merged, ...second.slice(1));
    });
  }
  return moves;
}
