import type { BreakDecision, LineRole } from '../../model/page-analysis';
import { classifyUnits } from '../classify-units';
import type { BreakContext } from '../decide-breaks';
import { MAX_HEADLINE_WIDTH, isQuestionHead, type LineFeatures } from '../line-features';
import { groupUnits, unitText, type TextUnit } from '../text-units';
import { ROUNDUP_HEADLINE } from '../line-patterns';
import { breakFeatureValues, lineFeatureValues, pageSignals, type PageSignals } from './layout-features';
import { layoutModel, type LayoutModel } from './layout-model';
import { predictHead, strongestFeatures } from './logistic-head';
import { modelReason, roleWords } from './feature-labels';
import { BARE_NAMES, NUMBER_LED } from './line-signals';

/**
 * How sure the model must be before it overrides the rules. Set on the training pages (never on a
 * test split): below these, the rules' answer was right more often than the model's.
 */
export const THRESHOLDS = {
  /** Flip a gap's join/split only where the rules themselves were unsure… */
  ruleConfidenceBelow: 0.85,
  /** …and the model is this sure of the other choice. */
  join: 0.75,
  /** A heading or paragraph becomes the title of a new article. */
  start: 0.5,
  /** …or the role head is this sure it is a title. */
  title: 0.4,
  /** A line the rules took as a title is a byline. */
  byline: 0.5,
  /** A line the rules took as a title only heads a section. */
  demote: 1.01,
};

/** Bare names or a short label and names: a byline the patterns did not know is short. */
const BYLINE_WIDTH = 20;

/**
 * A head with a lead before a colon (案例一：…) is not `headlineShaped`, yet no sentence runs on
 * from it: short, no pause inside, no verb of a sentence (是, 这).
 */
function headLike(line: LineFeatures): boolean {
  return line.width <= MAX_HEADLINE_WIDTH && !/[，、；。,;]/u.test(line.content) && !/是|这|了$/u.test(line.content);
}

export interface PageLayout {
  breaks: BreakDecision[];
  units: TextUnit[];
  roles: LineRole[];
}

/** Per line: the rules' role of its unit and whether a unit opens there. */
export function modelInputs(context: BreakContext, units: readonly TextUnit[], roles: readonly LineRole[]): PageSignals {
  const lineRoles: LineRole[] = [];
  const opens: boolean[] = [];
  units.forEach((unit, index) => unit.lines.forEach((_, offset) => {
    lineRoles.push(roles[index]);
    opens.push(offset === 0);
  }));
  return pageSignals(context, lineRoles, opens);
}

function regroup(context: BreakContext, breaks: BreakDecision[]): { units: TextUnit[]; roles: LineRole[] } {
  const units = groupUnits(context.lines, (position) => breaks[position - 1].decision);
  return { units, roles: classifyUnits(units, context) };
}

/**
 * Where the rules had to judge, the model judges: a gap the rules were unsure of is joined or
 * split, a head between articles opens an article, bare names under a headline are its byline.
 * Every change carries the model's reason on the break before the line.
 */
export function judgeLayout(context: BreakContext, rules: PageLayout, model: LayoutModel = layoutModel()): PageLayout {
  let { breaks, units, roles } = rules;
  let page = modelInputs(context, units, roles);

  let flipped = false;
  let unitStart = 0;
  const judgedBreaks = breaks.map((decision, index) => {
    const position = index + 1;
    const start = unitStart;
    if (decision.decision === 'split') unitStart = position;
    if (decision.kind !== 'gap' || decision.confidence >= THRESHOLDS.ruleConfidenceBelow) return decision;
    // Running text left open mid-sentence goes on after the gap: that stays a rule. Only a sentence
    // end, or a unit of nothing but head-shaped lines, may be split off.
    const before = context.lines[position - 1];
    const headUnit = context.lines.slice(start, position).every((line) => line.headlineShaped || line.markdownLevel > 0 || headLike(line));
    const after = context.lines[position];
    const column = context.columnWidths[position - 1];
    const full = column !== null && before.width + before.indentWidth >= column - 2.5;
    // Two head-shaped lines joined are a two-line head (党建引领 / 各项工作花开见果): the rules' pair stays.
    const headPair = before.headlineShaped && (after.headlineShaped || after.markdownLevel > 0);
    if (decision.decision === 'join' && !before.endsSentence && (!headUnit || full || headPair)) return decision;
    // Exact rules of print keep a join: an open quotation or pause, a mark that cannot open a line, a quote's attribution.
    const quoteOpen = (before.content.match(/“/gu) ?? []).length > (before.content.match(/”/gu) ?? []).length;
    if (decision.decision === 'join' && (quoteOpen || before.endsOpen || after.startsForbidden || after.attribution)) return decision;
    const values = breakFeatureValues(page, position, decision);
    const [, join] = predictHead(model.heads.join, values);
    const choice = decision.decision === 'join' ? 'split' : 'join';
    const sure = choice === 'join' ? join : 1 - join;
    if (sure < THRESHOLDS.join) return decision;
    flipped = true;
    const features = strongestFeatures(model.heads.join, values, choice === 'join' ? 1 : 0, 4);
    return { ...decision, decision: choice, confidence: sure, reason: modelReason(features, choice === 'join' ? '接续' : '分段', sure) } satisfies BreakDecision;
  });
  if (flipped) {
    breaks = judgedBreaks;
    ({ units, roles } = regroup(context, breaks));
    page = modelInputs(context, units, roles);
  }

  const roleHead = model.heads.role;
  const judgedRoles = [...roles];
  const reasons = new Map<number, string>();
  let position = 0;
  units.forEach((unit, index) => {
    const at = position;
    position += unit.lines.length;
    const rule = roles[index];
    if (rule !== 'title' && rule !== 'heading' && rule !== 'paragraph' && rule !== 'furniture' && rule !== 'caption') return;
    // Masthead items and page furniture the patterns recognise stay furniture.
    if (rule === 'furniture' && unit.lines.some((line) => line.pageFurniture || line.mastheadLike)) return;
    // Only a head-shaped or short unit can become a title or a byline: running text is not judged.
    if (rule !== 'title' && !unit.lines.every((line) => line.headlineShaped || line.markdownLevel > 0 || isQuestionHead(line) || line.width <= BYLINE_WIDTH)) return;
    const first = unit.lines[0];
    const values = lineFeatureValues(page, at);
    const probabilities = predictHead(roleHead, values);
    const best = probabilities.indexOf(Math.max(...probabilities));
    const predicted = roleHead.classes[best] as LineRole;
    const [, start] = predictHead(model.heads.start, values);
    let role: LineRole = rule;
    let confidence = 0;
    // A roundup's headline (岭南法院动态) stands over its first item's head: that head opens no article of its own.
    const underRoundupHeadline = index > 0 && judgedRoles[index - 1] === 'title' && ROUNDUP_HEADLINE.test(unitText(units[index - 1]));
    if (rule !== 'title' && predicted === 'title' && !underRoundupHeadline && (start >= THRESHOLDS.start || probabilities[best] >= THRESHOLDS.title) && unit.lines.every((line) => line.headlineShaped || line.markdownLevel > 0 || isQuestionHead(line)) && !NUMBER_LED.test(first.content.replace(/\*\*/gu, ''))) {
      role = 'title';
      confidence = start;
    } else if (predicted === 'byline' && probabilities[best] >= THRESHOLDS.byline && (rule === 'title' || (judgedRoles[index - 1] === 'title' && unit.lines.length === 1)) && unit.lines.every((line) => line.width <= BYLINE_WIDTH && (line.byline || BARE_NAMES.test(line.content.replace(/\*\*/gu, ''))))) {
      role = 'byline';
      confidence = probabilities[best];
    } else if (rule === 'title' && predicted === 'heading' && 1 - start >= THRESHOLDS.demote) {
      role = 'heading';
      confidence = 1 - start;
    }
    if (role === rule) return;
    judgedRoles[index] = role;
    if (at > 0) reasons.set(at, modelReason(strongestFeatures(roleHead, values, best, 4), roleWords(role), confidence));
    // Bare names under a headline: the headline above them is the title (the rules took the names for it).
    const above = units[index - 1];
    if (role === 'byline' && above && judgedRoles[index - 1] !== 'title' && above.lines.every((line) => line.headlineShaped)) {
      judgedRoles[index - 1] = 'title';
      const line = position - unit.lines.length - above.lines.length;
      if (line > 0) reasons.set(line, modelReason(['x_head_nextSigns'], roleWords('title'), confidence));
    }
  });
  if (reasons.size === 0) return { breaks, units, roles: judgedRoles };
  return {
    breaks: breaks.map((decision, index) => {
      const reason = reasons.get(index + 1);
      return reason && decision.decision === 'split' ? { ...decision, reason } : decision;
    }),
    units,
    roles: judgedRoles,
  };
}
