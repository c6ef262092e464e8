import type { LineRole } from '../model/page-analysis';
import { NOTICE_HEADLINE, ROUNDUP_HEADLINE } from './line-patterns';
import { unitText, type TextUnit } from './text-units';

/** A headline that closes on its genre's word is whole; a line under it that is no bracketed or numbered addition (（第三批）, 第2期) is another headline. */
function closesOnGenre(title: TextUnit, below: TextUnit): boolean {
  const text = unitText(title);
  const under = unitText(below);
  return (ROUNDUP_HEADLINE.test(text) || NOTICE_HEADLINE.test(text)) && !/^[（(第]/u.test(under) && under.length >= 4;
}

export interface RoledUnit extends TextUnit {
  role: LineRole;
  /** Raw lines that open a new phrase of a headline set over two units (joined with a space). */
  phraseStarts?: ReadonlySet<number>;
}

/** An article while the page is being put together: units, not yet text. */
export interface DraftArticle {
  title: RoledUnit | null;
  subtitle: RoledUnit | null;
  byline: RoledUnit | null;
  credit: RoledUnit | null;
  body: RoledUnit[];
  /** How many body units stood before the credit: what follows a closing credit was set there from elsewhere. */
  creditAt?: number;
}

export interface DraftPage {
  furniture: RoledUnit[];
  /** Body text standing above the first headline (its headline was printed after it). */
  beforeFirstTitle: RoledUnit[];
  articles: DraftArticle[];
}

function emptyArticle(title: RoledUnit | null): DraftArticle {
  return { title, subtitle: null, byline: null, credit: null, body: [] };
}

export interface SegmentOptions {
  /** The page was written block by block (pdftotext, see `writesTextBlocks`): a head between blank lines is a block of its own. */
  headBlocks?: boolean;
}

/**
 * Cuts the unit sequence into articles: a title opens an article, subtitle/byline fill its head,
 * a credit closes it; `articleStarts` are raw lines where the editor forced a new article.
 */
export function segmentArticles(units: readonly RoledUnit[], articleStarts: ReadonlySet<number> = new Set(), { headBlocks = false }: SegmentOptions = {}): DraftPage {
  const page: DraftPage = { furniture: [], beforeFirstTitle: [], articles: [] };
  let current: DraftArticle | null = null;
  let previous: RoledUnit | null = null;
  /** The headline just given back to the article above: the head line under it opens the next article. */
  let headlineGivenBack = false;
  units.forEach((unit, index) => {
    const openedByGivenBack = headlineGivenBack && unit.role === 'subtitle';
    headlineGivenBack = false;
    if (openedByGivenBack) unit = { ...unit, role: 'title' };
    const forced = articleStarts.has(unit.lines[0].index);
    const titleAbove = previous !== null && current?.title?.lines[current.title.lines.length - 1] === previous.lines[previous.lines.length - 1];
    previous = unit;
    // A title right under a title, with nothing between, is its second line: one headline set over two lines,
    // unless the first closed on its genre's word (全区法院工作简讯, …集中发放的通告): two headlines set side by
    // side, which pdftotext writes one under the other.
    // (Not across a blank line where the extractor wrote each head as a block of its own: two blocks are two heads.)
    if (unit.role === 'title' && !forced && current?.title && titleAbove && !current.subtitle && !current.byline && current.body.length === 0 && !closesOnGenre(current.title, unit) && !(headBlocks && unit.lines[0].gapBefore)) {
      const phraseStarts = new Set(current.title.phraseStarts ?? []).add(unit.lines[0].index);
      current.title = { ...current.title, lines: [...current.title.lines, ...unit.lines], phraseStarts };
      return;
    }
    if (unit.role === 'furniture' && !forced) {
      page.furniture.push(unit);
      return;
    }
    // A dateline opens an article: a paragraph led by one, straight after a closing credit, is the
    // next article, whose headline the extractor wrote elsewhere (after it, or not at all).
    const datelineAfterCredit = unit.role === 'paragraph' && unit.lines[0].dateline && current?.credit && current.creditAt === current.body.length;
    if (datelineAfterCredit) {
      current = emptyArticle(null);
      current.body.push(unit);
      page.articles.push(current);
      return;
    }
    // So does a byline: nothing signs an article under its closing credit. Text above the page's first
    // headline closed by its credit is an article of its own, its headline written elsewhere (pdftotext).
    const closedAbove = current ? current.credit !== null && current.creditAt === current.body.length : page.beforeFirstTitle.at(-1)?.role === 'credit';
    if (unit.role === 'byline' && !forced && closedAbove) {
      if (!current) {
        const body = page.beforeFirstTitle.slice(0, -1);
        page.articles.push({ ...emptyArticle(null), body, credit: page.beforeFirstTitle.at(-1) ?? null, creditAt: body.length });
        page.beforeFirstTitle = [];
      }
      current = { ...emptyArticle(null), byline: unit };
      page.articles.push(current);
      return;
    }
    // A byline over a lead that opens on its dateline, in the midst of another article's text, signs the next article
    // (本报通讯员 郝振东 / 鄂尔多斯讯 5月中旬，…): a dateline opens an article's text, and a writer signs it once, at its head.
    // (Under the head's lines alone, a subtitle's wrapped tail read as a section head, the byline is still the head's.)
    // Its headline the extractor wrote elsewhere (pdftotext).
    const bylineOverDateline = unit.role === 'byline' && !forced && current !== null && current.body.some((above) => above.role === 'paragraph') && units[index + 1]?.role === 'paragraph' && units[index + 1].lines[0].dateline;
    if (bylineOverDateline) {
      current = { ...emptyArticle(null), byline: unit };
      page.articles.push(current);
      return;
    }
    // Such an article's headline, written after its credit, stands over the next article's head
    // (its headline, or a second head line taken for a subtitle set without its dash).
    const next = units[index + 1];
    const headAfterCredit = unit.role === 'title' && !forced && current && !current.title && current.credit && current.creditAt === current.body.length && current.body[0]?.lines[0].dateline;
    if (headAfterCredit && current && next && (next.role === 'title' || (next.role === 'subtitle' && !next.lines[0].subtitleDash))) {
      current.title = unit;
      headlineGivenBack = true;
      return;
    }
    if (unit.role === 'title' || forced) {
      current = emptyArticle(unit.role === 'title' ? unit : null);
      if (unit.role !== 'title') current.body.push({ ...unit, role: unit.role === 'furniture' ? 'paragraph' : unit.role });
      page.articles.push(current);
      return;
    }
    if (!current) {
      page.beforeFirstTitle.push(unit);
      return;
    }
    const headOpen = current.body.length === 0;
    if (unit.role === 'subtitle' && headOpen && !current.subtitle && !current.byline) current.subtitle = unit;
    else if (unit.role === 'byline' && headOpen && !current.byline) current.byline = unit;
    else if (unit.role === 'credit' && !current.credit) {
      current.credit = unit;
      current.creditAt = current.body.length;
    }
    else current.body.push(unit.role === 'subtitle' || unit.role === 'byline' || unit.role === 'credit' ? { ...unit, role: 'paragraph' } : unit);
  });
  return page;
}
