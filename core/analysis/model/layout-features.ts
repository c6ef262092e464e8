import type { BreakDecision, LineRole } from '../../model/page-analysis';
import type { BreakContext } from '../decide-breaks';
import { lineSignals, ROLE_SIGNALS, type LineSignals } from './line-signals';
import { topicOverlap } from './topic-overlap';

/** Named feature values of one line or one break; absent names are 0. */
export type FeatureValues = Record<string, number>;

const PREVIOUS = ['endsSentence', 'headlineShaped', 'byline', 'bareNames', 'credit', 'dateline', 'subtitleDash', 'pageFurniture', 'markdown', 'short12', 'full', 'caption', 'gapBefore'];
const NEXT = ['leadOpener', 'byline', 'bareNames', 'dateline', 'datelineAlone', 'subtitleDash', 'headlineShaped', 'endsSentence', 'indented', 'gapBefore', 'short12', 'markdown', 'credit', 'full', 'opensUnit', 'phraseSpaced'];
const AFTER_NEXT = ['leadOpener', 'byline', 'bareNames', 'dateline', 'subtitleDash', 'indented'];
const PREVIOUS_SIDE = side('prev_', [...PREVIOUS, ...ROLE_SIGNALS]);
const NEXT_SIDE = side('next_', [...NEXT, ...ROLE_SIGNALS]);
const AFTER_NEXT_SIDE = side('next2_', AFTER_NEXT);

/** Everything the model may read about one page, computed once. */
export interface PageSignals {
  /** The signals of line `position` (undefined off the page), computed when first asked for. */
  signalsAt: (position: number) => LineSignals | undefined;
  context: BreakContext;
  /** The page has no column: one line per paragraph. */
  noColumns: boolean;
  usesIndents: boolean;
  /** Blank lines stand between most lines. */
  gappy: boolean;
  /** Lines of body (rules' paragraphs) since the last line the rules took as a title or heading. */
  sinceHead: number[];
  /** Position of the last line before each line that the rules took as a title (-1: none). */
  lastTitle: number[];
}

/** `rules[position]` is the rules' role of the unit holding line `position`; `opens[position]` whether a unit starts there. */
export function pageSignals(context: BreakContext, rules: readonly LineRole[], opens: readonly boolean[]): PageSignals {
  const lines = context.lines;
  // Only the lines around units the model judges are ever read: most lines of running text are not.
  const cache: Array<LineSignals | undefined> = new Array(lines.length);
  const signalsAt = (position: number): LineSignals | undefined => {
    if (position < 0 || position >= lines.length) return undefined;
    cache[position] ??= lineSignals(lines[position], context.columnWidths[position], rules[position], opens[position]);
    return cache[position];
  };
  const withColumn = context.columnWidths.filter((width) => width !== null).length;
  const gaps = lines.filter((line) => line.gapBefore).length;
  const sinceHead: number[] = [];
  const lastTitle: number[] = [];
  let count = 0;
  let title = -1;
  rules.forEach((role, position) => {
    sinceHead.push(count);
    lastTitle.push(title);
    if (role === 'title') title = position;
    if (role === 'title' || role === 'heading') count = 0;
    else if (role === 'paragraph' && opens[position]) count++;
  });
  return {
    sinceHead,
    lastTitle,
    signalsAt,
    context,
    noColumns: withColumn < lines.length * 0.3,
    usesIndents: context.usesIndents,
    gappy: gaps > lines.length * 0.3,
  };
}

/** A side's signal names with the prefix they take among a decision's features, written once (not per line). */
interface Side {
  missing: string;
  names: ReadonlyArray<readonly [signal: string, feature: string]>;
}

function side(prefix: string, names: readonly string[]): Side {
  return { missing: `${prefix}missing`, names: names.map((name) => [name, `${prefix}${name}`] as const) };
}

function copy(into: FeatureValues, from: LineSignals | undefined, { missing, names }: Side): void {
  if (!from) {
    into[missing] = 1;
    return;
  }
  for (const [signal, feature] of names) if (from[signal]) into[feature] = from[signal];
}

/** Features of line `position` for the role and article-start heads. */
export function lineFeatureValues(page: PageSignals, position: number): FeatureValues {
  const own = page.signalsAt(position) as LineSignals;
  const previous = page.signalsAt(position - 1);
  const next = page.signalsAt(position + 1);
  const values: FeatureValues = { bias: 1 };
  for (const name in own) if (own[name]) values[name] = own[name];
  copy(values, previous, PREVIOUS_SIDE);
  copy(values, next, NEXT_SIDE);
  copy(values, page.signalsAt(position + 2), AFTER_NEXT_SIDE);
  if (page.noColumns) values.page_noColumns = 1;
  if (page.usesIndents) values.page_indents = 1;
  if (page.gappy) values.page_gappy = 1;
  if (position === 0) values.page_first = 1;
  if (position < 5) values.page_top = 1;
  // Articles run longer than the sections inside them: how much body the rules saw since a head.
  const since = page.sinceHead[position];
  if (since >= 3) values.since3 = 1;
  if (since >= 8) values.since8 = 1;
  if (since >= 15) values.since15 = 1;
  const headline = own.headlineShaped || own.markdown;
  if (headline && position > 0) {
    const overlap = topicOverlap(page.context.lines, position, page.lastTitle[position]);
    values.topicBefore = overlap.before;
    values.topicAfter = overlap.after;
    if (overlap.after > overlap.before + 0.1) values.topicShift = 1;
    if (overlap.before >= 0.3) values.topicSame = 1;
  }
  const nextSignsHead = next ? Math.max(next.byline, next.bareNames, next.dateline, next.subtitleDash) : 0;
  const pairs: Array<[string, number]> = [
    ['x_head_prevEnds', headline * (previous ? previous.endsSentence : 1)],
    ['x_head_prevCredit', headline * (previous?.credit ?? 0)],
    ['x_head_nextIndented', headline * (next?.indented ?? 0)],
    ['x_head_noColumns', headline * (page.noColumns ? 1 : 0)],
    ['x_head_nextSigns', headline * nextSignsHead],
    ['x_head_gapAround', headline * own.gapBefore * (next?.gapBefore ?? 1)],
    ['x_head_unindentedInIndents', headline * (page.usesIndents && !own.indented ? 1 : 0)],
    ['x_phrases_prevEnds', own.phraseSpaced * (previous ? previous.endsSentence : 1)],
    ['x_names_prevHead', own.bareNames * (previous ? Math.max(previous.headlineShaped, previous.rule_title) : 0)],
    ['x_names_nextBody', own.bareNames * (next ? 1 - next.headlineShaped : 0)],
    ['x_ruleHeading_prevEnds', own.rule_heading * (previous?.endsSentence ?? 0)],
    ['x_ruleHeading_nextDateline', own.rule_heading * (next?.dateline ?? 0)],
    ['x_head_nextLead', headline * Math.max(next?.leadOpener ?? 0, next?.dateline ?? 0)],
    ['x_head_court', headline * own.mentionsCourt],
    ['x_short_prevShort', own.short12 * (previous?.short12 ?? 0) * own.headlineShaped],
  ];
  for (const [name, value] of pairs) if (value) values[name] = value;
  return values;
}

const BREAK_SIDE = ['short12', 'short20', 'full', 'clearlyShort', 'endsSentence', 'endsOpen', 'headlineShaped', 'phraseSpaced', 'byline', 'bareNames', 'dateline', 'subtitleDash', 'credit', 'caption', 'pageFurniture', 'numberedHeading', 'listItem', 'markdown', 'indented', 'startsForbidden', 'photographer', 'courtName', 'endsQuestion', ...ROLE_SIGNALS];
const BEFORE_BREAK = side('b_', BREAK_SIDE);
const AFTER_BREAK = side('a_', BREAK_SIDE);
const TWO_BEFORE_BREAK = side('bb_', ['endsSentence', 'headlineShaped', 'full']);
const TWO_AFTER_BREAK = side('aa_', ['gapBefore', 'indented', 'headlineShaped', 'byline', 'dateline']);

/** Features of the break between lines `position - 1` and `position`, for the join head. */
export function breakFeatureValues(page: PageSignals, position: number, rule: BreakDecision): FeatureValues {
  const before = page.signalsAt(position - 1) as LineSignals;
  const after = page.signalsAt(position) as LineSignals;
  const values: FeatureValues = { bias: 1 };
  copy(values, before, BEFORE_BREAK);
  copy(values, after, AFTER_BREAK);
  copy(values, page.signalsAt(position - 2), TWO_BEFORE_BREAK);
  copy(values, page.signalsAt(position + 1), TWO_AFTER_BREAK);
  if (after.gapBefore) values.gap = 1;
  if (rule.decision === 'join') values.rule_join = 1;
  values.rule_confidence = rule.confidence;
  if (rule.decision === 'join') values.rule_join_confidence = rule.confidence;
  if (page.noColumns) values.page_noColumns = 1;
  if (page.usesIndents) values.page_indents = 1;
  if (page.gappy) values.page_gappy = 1;
  const pairs: Array<[string, number]> = [
    ['x_fullOpen', before.full * (1 - before.endsSentence)],
    ['x_shortEnds', (1 - before.full) * before.endsSentence],
    ['x_fullEnds', before.full * before.endsSentence],
    ['x_headAfterEnds', after.headlineShaped * before.endsSentence],
    ['x_headBeforeFull', before.headlineShaped * after.full],
    ['x_openToHead', before.endsOpen * after.headlineShaped],
  ];
  for (const [name, value] of pairs) if (value) values[name] = value;
  return values;
}
