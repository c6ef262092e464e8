import { isWholeEntry } from './name-with-unit';
import type { PageOverrides, AnalyzedArticle, AnalyzedBlock, BreakDecision, Flag, LinePlacement, LineRole, NormalizationReport, NormalizationRuleId, PageAnalysis } from '../model/page-analysis';
import type { Vocabulary } from '../model/vocabulary';
import { closeLetterSpacing } from '../normalize/letter-spacing';
import { removeMarkdownDebris } from '../normalize/markdown-debris';
import { emptyCounts, normalizeInto, type NormalizationCounts, type NormalizationRules } from '../normalize/normalize-text';
import { tagArticle } from '../tagging/suggest-tags';
import { isHan } from './character-classes';
import { placeDisplacedFields, placeMastheadByline } from './extractor-artifacts/displaced-fields';
import { splitAtLoneHeads } from './lone-head';
import { splitAtNewsLeads } from './news-lead-head';
import { hasBlankLineArtifact } from './extractor-artifacts/extractor-breaks';
import { writesTextBlocks } from './extractor-artifacts/text-block-page';
import { carryPageFlags } from './extractor-artifacts/merged-columns-flags';
import { doubledAcrossJoin, findTextFlags, missingFinalPunctuation } from './flags';
import { estimateColumnWidths } from './column-width';
import { fillsHeadlineMeasure } from './headline-measure';
import { HEADLINE_PART_WIDTH, MAX_HEADLINE_WIDTH, extractPageLines, isQuestionHead, type LineFeatures } from './line-features';
import { pairsOfPage, type PairSeen } from './pairs-within-lines';
import { COURT_NAME, CREDIT_TRAILING, DATELINE, DATELINE_ALONE, DATELINE_RUN_IN, EDITORIAL_LABEL, FUNCTION_WORD_END, PAGE_DATE, WEEKDAY, isCreditContent } from './line-patterns';
import { readPageIdentity, splitFurnitureItems } from './page-furniture';
import { repairReadingOrder } from './reading-order';
import { segmentArticles, type DraftArticle, type RoledUnit } from './segment-articles';
import { groupUnits, unitText } from './text-units';

export type { PageOverrides };

// Not the subtitle: a subtitle is one phrase (——…纪实), wrapped wherever its column ended.
/** The matter an official title names after its issuer (…人民法院 / 关于…的公告): one phrase with the issuer. */
const ISSUED_MATTER = /^关于/u;
const HEADLINE_ROLES: ReadonlySet<LineRole> = new Set(['title', 'heading', 'furniture']);

interface RenderState {
  rules: NormalizationRules;
  counts: NormalizationCounts;
  flags: Flag[];
  /**
   * The page came out of an extractor that writes a blank line after nearly every line (MuPDF):
   * its heads broke where the column ended, not between phrases, so their lines join with no space.
   */
  wrapsOnly: boolean;
  /** The body column each raw line was set in (cells), or null: how wide a headline's column is. */
  columnAt: (lineIndex: number) => number | null;
  /** Whether the page writes two characters side by side inside a line: a head broken there broke inside a word. */
  pairSeen: PairSeen;
  /**
   * A text page that wraps nothing (one line per paragraph): a headline's lines were broken on
   * purpose, between its phrases (网购“进口奶粉”是假货 / 消费者获三倍赔偿), however long they are.
   */
  unwrapped: boolean;
}

/** A line that can be a phrase of a head: short, not ending a sentence (but perhaps a question), not left open. */
const phraseLine = (part: LineFeatures) => part.width <= MAX_HEADLINE_WIDTH && ((!part.endsSentence && !part.endsOpen) || isQuestionHead(part));

/** Joins a unit's lines: no space in running text; one space between the two phrases of a two-line headline. */
function joinUnit(unit: RoledUnit, state: RenderState, article: number): string {
  let text = '';
  unit.lines.forEach((line, position) => {
    // A form feed at a line's edge would go with the trim: it is counted here, as the rule's change.
    if (state.rules['form-feeds'] !== false && line.raw.includes('\f')) state.counts['form-feeds'] += line.raw.split('\f').length - 1;
    let piece = line.raw.trim();
    if (state.rules['markdown-debris'] !== false && /[#*_>]/u.test(piece)) {
      const stripped = removeMarkdownDebris(piece);
      piece = stripped.text.trim();
      state.counts['markdown-debris'] += stripped.changes;
    }
    // A letter-spaced line (a tracked headline, a justified line from a PDF) is closed line by line,
    // before joining, so a run never spans the join and a dateline (`本 报 讯`) reads as one.
    if (state.rules['letter-spacing'] !== false && /\S\s\S\s\S/u.test(piece)) {
      const closed = closeLetterSpacing(piece);
      piece = closed.text;
      state.counts['letter-spacing'] += closed.changes;
    }
    if (position > 0) {
      const doubled = doubledAcrossJoin(text, piece);
      if (doubled) state.flags.push({ kind: 'doubled-char', article, line: line.index, text: doubled, message: `接续处疑似重复字“${doubled}”` });
      const previousLine = unit.lines[position - 1];
      // A dateline on a line of its own stays a separate word before the paragraph it opens.
      if (previousLine.dateline && position === 1 && DATELINE_ALONE.test(previousLine.content)) text += ' ';
      // An editorial label keeps its space before the name that wrapped below it (责任编辑 刘洋), and
      // a credit's court before its writer's name (（某旗人民法院 / 杜慧敏）).
      // …and so does the masthead's date before its weekday (2025年3月21日 星期五).
      // A byline's last name wrapped whole (…赵丽娜 / 王志刚) keeps the space between names; a name cut in two (萨仁 胡 / 雪) does not.
      if (unit.role === 'byline' && /\s[\u4e00-\u9fff]{2,}$/u.test(previousLine.content) && /^[\u4e00-\u9fff]{2,4}$/u.test(line.content.trim())) text += ' ';
      if (EDITORIAL_LABEL.test(previousLine.content) || (PAGE_DATE.test(previousLine.content.trim()) && WEEKDAY.test(line.content.trim())) || (unit.role === 'credit' && /(法院|法庭|中院)$/u.test(previousLine.content) && /^[\u4e00-\u9fff]{2,4}[）)]?$/u.test(line.content) && !/^供稿/u.test(line.content))) text += ' ';
      // A list entry's work keeps its space before the name and unit wrapped under it (《法槌与书香》 / 杨振宇（…））.
      if (/》$/u.test(previousLine.content.trim()) && /^[\p{Script=Han}]/u.test(line.content.trim()) && isWholeEntry(unit.lines.map((part) => part.content.trim()).join(''))) text += ' ';
      const twoShortPhrases = previousLine.width <= HEADLINE_PART_WIDTH && line.width <= HEADLINE_PART_WIDTH;
      const wrappedAtColumn = unit.role === 'title' && fillsHeadlineMeasure(previousLine.width, state.columnAt(unit.lines[unit.lines.length - 1].index + 1));
      // A title is proven a head by what stands around it: its lines need not look like heads (…是假货).
      const headPart = (part: LineFeatures) => part.headlineShaped || (unit.role === 'title' && phraseLine(part));
      // A phrase never ends on a function word (把廉洁司法的 / “篱笆”扎得更牢): the line broke inside one.
      const phraseBreak = !state.wrapsOnly && !wrappedAtColumn && !FUNCTION_WORD_END.test(previousLine.content) && HEADLINE_ROLES.has(unit.role) && (headPart(line) || isQuestionHead(line)) && headPart(previousLine) && !previousLine.hasInnerSpace && !line.hasInnerSpace && (twoShortPhrases || isQuestionHead(previousLine) || (position === 1 && COURT_NAME.test(previousLine.content) && !ISSUED_MATTER.test(line.content.trim())) || (isQuestionHead(line) && previousLine.width <= HEADLINE_PART_WIDTH));
      // Unwrapped, the head's lines are its phrases, whatever words they hold (网购“进口奶粉”是假货).
      const unwrappedPhrase = state.unwrapped && HEADLINE_ROLES.has(unit.role) && phraseLine(previousLine) && phraseLine(line) && !previousLine.hasInnerSpace && !FUNCTION_WORD_END.test(previousLine.content);
      const lastChar = text[text.length - 1] ?? '';
      // A headline line that already holds its two phrases (巡回审判进牧区 司法服务 / 到毡房) broke at the column, not between phrases;
      // so did one over a line that holds them (海南区法院“党员先锋岗” / 亮身份 办案一线显担当).
      const secondPhrase = unit.phraseStarts?.has(line.index) && !wrappedAtColumn && !previousLine.hasInnerSpace && !line.hasInnerSpace;
      // …not where the line broke inside a word the page writes whole elsewhere (每月一 / 次, 上党 / 课); a court's
      // name before its theme (乙旗法院 / 巡回审判车…) is a phrase whatever the text under it runs together.
      // (An official title's matter, 关于…, runs on from its issuing court without a space.)
      const courtPhrase = position === 1 && COURT_NAME.test(previousLine.content) && !ISSUED_MATTER.test(line.content.trim());
      const cutWord = () => !courtPhrase && state.pairSeen(lastChar, piece[0] ?? '');
      // (Nor inside a work's title in 《》 left open above: 5.《赵某某与孙某某离 / 婚纠纷案民事判决书》.)
      // (Counted only where a phrase space is in question: every line of a long paragraph would count its text again.)
      const insideTitleMark = () => (text.match(/《/gu) ?? []).length > (text.match(/》/gu) ?? []).length;
      if ((phraseBreak || unwrappedPhrase || secondPhrase) && (isHan(lastChar) || '”》？！'.includes(lastChar)) && (isHan(piece[0] ?? '') || '“《'.includes(piece[0] ?? '')) && !insideTitleMark() && !cutWord()) text += ' ';
      // A photographer's credit is set `张鹏 摄`, with a space, when 摄 wrapped to a line of its own.
      if (/^摄(影)?$/u.test(piece) && isHan(lastChar) && /[。！？][\u4e00-\u9fff]{2,4}$/u.test(text)) text += ' ';
    }
    text += piece;
  });
  return text;
}

/**
 * A roundup (简讯) signs each item: `…57万元。（马丽娟）` closes every paragraph, not just the last,
 * so the last one's name is that item's signature, not the article's credit.
 */
function signedItems(draft: DraftArticle): boolean {
  const signed = (unit: RoledUnit) => {
    const credit = CREDIT_TRAILING.exec(unit.lines.map((line) => line.raw.trim()).join(''));
    return credit !== null && isCreditContent(credit[3]);
  };
  return draft.body.slice(0, -1).some((unit) => unit.role === 'paragraph' && signed(unit));
}

/** A roundup item's source in brackets: a court's short name or a writer's (（凉城县法院）, （马丽娟）), no 供稿. */
const ITEM_SOURCE = /^[（(]\s*(?:[\u4e00-\u9fff]{2,12}(?:法院|法庭)|[\u4e00-\u9fff]{2,4}(?:[\s、][\u4e00-\u9fff]{2,4})?)\s*[)）]$/u;

/**
 * A roundup's items each close on their source in brackets, set on a line of its own or run into the
 * item's last sentence; the last item's too, which is no credit of the whole article (a roundup's own
 * credit says 供稿, or names an office). Two sources at least make the article a roundup.
 */
function itemSources(draft: DraftArticle): boolean {
  // Read from the lines as they stand (rendering counts its repairs: it runs once per unit, later).
  const sourceUnits = draft.body.filter((unit) => isItemSource(unit)).length;
  const runIn = draft.body.filter((unit) => {
    if (unit.role !== 'paragraph' || !/[)）]$/u.test(unit.lines[unit.lines.length - 1].content)) return false;
    return ITEM_SOURCE.test(CREDIT_TRAILING.exec(unitText(unit))?.[2] ?? '');
  }).length;
  const credit = draft.credit !== null && isItemSource(draft.credit) ? 1 : 0;
  return sourceUnits + runIn + credit >= 2 && sourceUnits + runIn >= 1;
}

const isItemSource = (unit: RoledUnit) => unit.lines.length <= 2 && ITEM_SOURCE.test(unitText(unit).trim());

function render(text: string, state: RenderState): string {
  return normalizeInto(text, state.rules, state.counts);
}

/**
 * A headline's phrases are normalized one by one: the space after a question or exclamation that
 * closes the first (父母离异后孩子跟谁？ 法院听取八岁孩子意见) separates two phrases, where running
 * text would have lost a stray space.
 */
function renderHeadline(text: string, state: RenderState): string {
  return text.split(/(?<=[？！?!])[ \u3000]+(?=[\u4e00-\u9fff“《])/u).map((phrase) => render(phrase, state)).join(' ');
}

const linesOf = (unit: RoledUnit | null) => (unit ? unit.lines.map((line) => line.index) : []);

function buildArticle(draft: DraftArticle, articleIndex: number, state: RenderState): AnalyzedArticle {
  const field = (unit: RoledUnit | null) => (unit ? render(joinUnit(unit, state, articleIndex), state) : null);
  const roundupSources = itemSources(draft);
  // An item's source set on a line of its own closes the item's last paragraph, as it does run in.
  const closeItem = (text: string, lines: number[]): boolean => {
    const previous = article.blocks[article.blocks.length - 1];
    if (!roundupSources || !ITEM_SOURCE.test(text.trim()) || previous?.type !== 'paragraph' || !/[。！？”]$/u.test(previous.text)) return false;
    previous.text += render(text.trim(), state);
    previous.lines.push(...lines);
    return true;
  };
  // The first source stood where the segmentation took it for the article's credit: it closes the item above it.
  const creditAsSource = draft.credit !== null && roundupSources && isItemSource(draft.credit);
  let creditPending = creditAsSource;
  const placeCredit = () => {
    if (!creditPending || !draft.credit) return;
    creditPending = false;
    if (!closeItem(joinUnit(draft.credit, state, articleIndex), linesOf(draft.credit))) article.credit = field(draft.credit);
  };
  const article: AnalyzedArticle = {
    title: draft.title ? renderHeadline(joinUnit(draft.title, state, articleIndex), state) : '',
    subtitle: field(draft.subtitle),
    byline: field(draft.byline),
    dateline: null,
    credit: creditAsSource ? null : field(draft.credit),
    blocks: [],
    courts: [],
    themes: [],
    lines: [...linesOf(draft.title), ...linesOf(draft.subtitle), ...linesOf(draft.byline)],
  };
  draft.body.forEach((unit, bodyIndex) => {
    if (bodyIndex === (draft.creditAt ?? draft.body.length)) placeCredit();
    let text = joinUnit(unit, state, articleIndex);
    // Only the editor marks a unit as the dateline (the engine finds it inside the first paragraph): it is the dateline, wherever it stands.
    if (unit.role === 'dateline' && !article.dateline) {
      article.dateline = render(text, state);
      article.lines.push(...linesOf(unit));
      return;
    }
    // The dateline opens the first paragraph, even under a section head set above it (【基本案情】).
    if (unit.role === 'paragraph' && !article.dateline && draft.body.slice(0, bodyIndex).every((before) => before.role === 'heading')) {
      const dateline = DATELINE.exec(text);
      const runIn = dateline ? null : DATELINE_RUN_IN.exec(text);
      if (dateline) {
        article.dateline = render(dateline[1] ?? dateline[2] ?? dateline[3], state);
        text = text.slice(dateline[0].length);
      } else if (runIn) {
        article.dateline = render(runIn[1], state);
        text = text.slice(runIn[0].length);
      }
    }
    if (bodyIndex === draft.body.length - 1 && unit.role === 'paragraph' && !article.credit && !signedItems(draft)) {
      const credit = CREDIT_TRAILING.exec(text);
      if (credit && isCreditContent(credit[3])) {
        article.credit = render(credit[2], state);
        text = text.slice(0, credit.index + credit[1].length);
      }
    }
    if (closeItem(text, linesOf(unit))) {
      article.lines.push(...linesOf(unit));
      return;
    }
    const type = unit.role === 'heading' || unit.role === 'title' || unit.role === 'subtitle' ? 'heading' : unit.role === 'caption' ? 'caption' : 'paragraph';
    const rendered = render(text, state);
    const block: AnalyzedBlock = { type, text: rendered, lines: linesOf(unit) };
    if (rendered) article.blocks.push(block);
    article.lines.push(...block.lines);
  });
  placeCredit();
  article.lines.push(...linesOf(draft.credit));
  return article;
}

// Line features depend only on the raw lines; the editor re-assembles the same page many times.
const featureCache = new WeakMap<object, LineFeatures[]>();
function featuresOf(analysis: PageAnalysis): LineFeatures[] {
  let features = featureCache.get(analysis.lines);
  if (!features) {
    features = extractPageLines(analysis.lines.map((line) => line.text));
    featureCache.set(analysis.lines, features);
  }
  return features;
}

interface PageColumns {
  columnAt: (lineIndex: number) => number | null;
  /** No line of the page was wrapped at a column: one line per paragraph or heading. */
  unwrapped: boolean;
}

const columnCache = new WeakMap<object, PageColumns>();
/** The column width around each raw line, looked up by raw index (the nearest non-empty line at or after it). */
function columnsOf(features: LineFeatures[]): PageColumns {
  let columns = columnCache.get(features);
  if (!columns) {
    const widths = estimateColumnWidths(features);
    const byIndex = features.map((line) => line.index);
    const columnAt = (lineIndex: number) => {
      let low = 0;
      let high = byIndex.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (byIndex[middle] < lineIndex) low = middle + 1;
        else high = middle;
      }
      return low < widths.length ? widths[low] : null;
    };
    columns = { columnAt, unwrapped: widths.every((width) => width === null) };
    columnCache.set(features, columns);
  }
  return columns;
}

/** Seeds the cache when the caller already has the features of these lines. */
export function rememberLineFeatures(lines: PageAnalysis['lines'], features: LineFeatures[]): void {
  featureCache.set(lines, features);
}

export function baseRoles(analysis: PageAnalysis): Map<number, LineRole> {
  return new Map(analysis.placements.map((placement) => [placement.line, placement.role]));
}

/**
 * Re-assembles the page from its break decisions and line roles, applying the editor's overrides.
 * Pure and linear in the page size, so the editor can call it on every toggle.
 */
export function assemblePage(analysis: PageAnalysis, overrides: PageOverrides = {}, vocabulary?: Vocabulary): PageAnalysis {
  const features = featuresOf(analysis);
  const breaks: BreakDecision[] = analysis.breaks.map((decision) => {
    const choice = overrides.breaks?.[decision.id];
    return choice && choice !== decision.decision ? { ...decision, decision: choice, confidence: 1, reason: '编辑指定' } : decision;
  });
  // Breaks and placements are in raw order, one per line boundary / non-empty line, so they line
  // up with the features by position; a Map is only needed if they do not (a hand-made analysis).
  const aligned = breaks.length === Math.max(0, features.length - 1) && breaks.every((decision, index) => decision.after === features[index + 1].index);
  const choiceById = aligned ? null : new Map(breaks.map((decision) => [decision.id, decision.decision]));
  const rolesAligned = analysis.placements.length === features.length && analysis.placements.every((placement, index) => placement.line === features[index].index);
  const roles = rolesAligned ? null : baseRoles(analysis);
  const units = groupUnits(features, (position) => (choiceById ? choiceById.get(features[position].index) ?? 'split' : breaks[position - 1].decision));
  let position = 0;
  const roled: RoledUnit[] = units.map((unit) => {
    const first = unit.lines[0].index;
    const base = roles ? roles.get(first) : analysis.placements[position]?.role;
    position += unit.lines.length;
    return { lines: unit.lines, role: overrides.roles?.[first] ?? base ?? 'paragraph' };
  });

  const headBlocks = analysis.geometry === undefined && writesTextBlocks(features);
  const draft = segmentArticles(roled, new Set(overrides.articleStarts ?? []), { headBlocks });
  placeDisplacedFields(draft);
  placeMastheadByline(draft);
  splitAtLoneHeads(draft, new Set(Object.keys(overrides.roles ?? {}).map(Number)));
  splitAtNewsLeads(draft, new Set(Object.keys(overrides.roles ?? {}).map(Number)));
  const moves = repairReadingOrder(draft, new Set(overrides.undoMoves ?? []), { columnsByPosition: analysis.geometry !== undefined });
  if (draft.beforeFirstTitle.length) draft.articles.unshift({ title: null, subtitle: null, byline: null, credit: null, body: draft.beforeFirstTitle });

  const rules: NormalizationRules = { ...Object.fromEntries(analysis.normalization.map((report) => [report.rule, report.enabled])), ...overrides.normalization };
  // A page read from the PDF itself lays its headlines out from geometry; only text pages guess the column.
  const wrapsOnly = analysis.geometry === undefined && hasBlankLineArtifact(features);
  const columns: PageColumns = analysis.geometry === undefined ? columnsOf(features) : { columnAt: () => null, unwrapped: false };
  const pairSeen = pairsOfPage(features);
  const state: RenderState = { rules, counts: emptyCounts(), flags: [], wrapsOnly, columnAt: columns.columnAt, unwrapped: columns.unwrapped && !wrapsOnly, pairSeen };
  const furniture = draft.furniture.flatMap((unit) => splitFurnitureItems(joinUnit(unit, state, -1)).map((item) => render(item, state)).filter(Boolean));
  const articles = draft.articles.map((article, index) => buildArticle(article, index, state));

  const placements: LinePlacement[] = [];
  for (const unit of draft.furniture) for (const line of unit.lines) placements.push({ line: line.index, article: -1, role: 'furniture' });
  draft.articles.forEach((article, index) => {
    const place = (unit: RoledUnit | null, role: LineRole) => unit?.lines.forEach((line) => placements.push({ line: line.index, article: index, role }));
    place(article.title, 'title');
    place(article.subtitle, 'subtitle');
    place(article.byline, 'byline');
    place(article.credit, 'credit');
    article.body.forEach((unit) => place(unit, unit.role));
  });
  placements.sort((a, b) => a.line - b.line);

  articles.forEach((article, index) => {
    for (const block of article.blocks) state.flags.push(...findTextFlags(block.text, index, block.lines[0] ?? null));
    const lastParagraph = [...article.blocks].reverse().find((block) => block.type === 'paragraph');
    const missing = lastParagraph ? missingFinalPunctuation(lastParagraph.text, index, lastParagraph.lines[lastParagraph.lines.length - 1] ?? null) : null;
    if (missing) state.flags.push(missing);
    if (vocabulary) {
      const tags = tagArticle(article, vocabulary);
      article.courts = tags.courts;
      article.themes = tags.themes;
      article.suggestions = tags.suggestions;
    }
  });

  const normalization: NormalizationReport[] = (Object.keys(state.counts) as NormalizationRuleId[]).map((rule) => ({
    rule,
    enabled: rules[rule] !== false,
    changes: state.counts[rule],
  }));
  return {
    ...analysis,
    ...readPageIdentity(furniture),
    furniture,
    articles,
    placements,
    breaks,
    flags: [...carryPageFlags(analysis.flags, placements), ...state.flags],
    normalization,
    moves,
  };
}
