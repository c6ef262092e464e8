import type { TextUnit } from '../text-units';

/**
 * A form feed starts the next PDF page, whose masthead (publication, date, page label) prints
 * again at its top: those items are furniture there as they are at the top of the first page.
 * Returns, per unit, whether it is such an item.
 */
export function mastheadAfterFormFeeds(units: readonly TextUnit[], rawLines: readonly string[]): boolean[] {
  let previousEnd = -1;
  let afterFormFeed = false;
  return units.map((unit) => {
    const first = unit.lines[0];
    if (rawLines.slice(previousEnd + 1, first.index + 1).some((raw) => raw.includes('\f'))) afterFormFeed = true;
    previousEnd = unit.lines[unit.lines.length - 1].index;
    if (afterFormFeed && unit.lines.length === 1 && (first.mastheadLike || first.pageFurniture)) return true;
    afterFormFeed = false;
    return false;
  });
}
