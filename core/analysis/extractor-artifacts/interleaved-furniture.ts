import type { LineRole } from '../../model/page-analysis';
import { MAX_HEADLINE_WIDTH, type LineFeatures } from '../line-features';
import type { TextUnit } from '../text-units';

/** What stands under a headline and proves it one: a subtitle, a byline, a dateline. */
const opensHead = (line: LineFeatures) => line.subtitleDash || line.byline || line.dateline;

/**
 * An extractor reads a page by height, so masthead items set beside a headline (the date, `第5版`)
 * come out between the headline and its subtitle or byline. Such items are furniture, and the
 * headline is judged by what follows it without them: roles are found on the units without those
 * items (and without `furnitureAlready`, items known to be furniture), which are then put back as furniture.
 */
export function classifyAroundFurniture(units: readonly TextUnit[], classify: (units: readonly TextUnit[]) => LineRole[], furnitureAlready: readonly boolean[] = []): LineRole[] {
  const furniture = units.map((unit, index) => furnitureAlready[index] === true || unit.lines.every((line) => line.pageFurniture));
  const interleaved = units.map((_, index) => furnitureAlready[index] === true);
  for (let index = 1; index < units.length; index++) {
    if (!furniture[index] || furniture[index - 1]) continue;
    const before = units[index - 1];
    let next = index + 1;
    while (next < units.length && furniture[next]) next++;
    const after = units[next];
    // A headline, punctuated or not: short, no sentence end.
    const headlineLike = before.lines.length <= 2 && before.lines.every((line) => line.width <= MAX_HEADLINE_WIDTH && !line.endsSentence && !line.mastheadLike);
    if (headlineLike && after !== undefined && opensHead(after.lines[0])) interleaved.fill(true, index, next);
  }
  if (!interleaved.includes(true)) return classify(units);
  const kept = units.filter((_, index) => !interleaved[index]);
  const roles = classify(kept);
  let position = 0;
  return units.map((_, index) => (interleaved[index] ? 'furniture' : roles[position++]));
}
