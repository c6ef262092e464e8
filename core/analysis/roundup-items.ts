import type { LineRole } from '../model/page-analysis';
import { isItemHeadUnit, placeItemAfterSource, signsRoundupItem } from './classify-units';
import { COURT_LED_HEAD, ROUNDUP_HEADLINE } from './line-patterns';
import { headText, type TextUnit } from './text-units';

// The rules keep a roundup's items in the roundup (classify-units: an item closed by its court's source,
// （红山区法院）, is followed by the next item's head, 海南区法院召开审判委员会, not by another article). Where the
// layout model re-drew the units and judged their roles, it may take that head for a headline after a
// credit; the same evidence puts it back among the roundup's items.

/**
 * The judged roles with a roundup's court-led item heads after an item's source kept as section heads; likewise a
 * place-led item head (凉城：涉企执行“活封活扣”) after a source, under items headed so already.
 */
export function keepRoundupItems(units: readonly TextUnit[], roles: readonly LineRole[]): LineRole[] {
  const result = [...roles];
  let inRoundup = false;
  let courtItemHeads = 0;
  let placeItemHeads = 0;
  units.forEach((unit, index) => {
    // (A head over its dateline, byline or subtitle opens an article of its own, roundup or not.)
    const next = units[index + 1]?.lines[0];
    const proven = next !== undefined && (next.dateline || next.byline || next.subtitleDash);
    const afterSource = !proven && index > 0 && result[index - 1] === 'credit';
    if (result[index] === 'title' && afterSource && ((inRoundup && signsRoundupItem(units[index - 1], unit, courtItemHeads)) || placeItemAfterSource(unit, placeItemHeads))) result[index] = 'heading';
    if (result[index] === 'title' && (index === 0 || result[index - 1] !== 'title')) {
      inRoundup = ROUNDUP_HEADLINE.test(headText(unit));
      courtItemHeads = 0;
      placeItemHeads = 0;
    } else if (result[index] === 'heading') {
      if (inRoundup && COURT_LED_HEAD.test(headText(unit))) courtItemHeads++;
      if (isItemHeadUnit(unit)) placeItemHeads++;
    }
  });
  return result;
}
