import type { LineRole } from '../model/page-analysis';
import type { TextUnit } from './text-units';

// An article's lead names what it tells of; a section's text may go on from what the article named before it
// (该院党支部坚持…, 此后…). A head whose text opens on such a word heads a section of the article above, however
// much it looks like a headline (建强支部堡垒 锻造过硬 / 队伍 over 该院党支部坚持“支部建在庭上”…).

/** Words that point back to what the text named before: no article opens on them. */
const POINTS_BACK = /^[\s\u3000]*(该院|该庭|该局|该案|该旗|该县|该市|该区|该村|该嘎查|此后|此外|与此同时|同时，|另外，|他们|她们)/u;

/** Each unit's role, a headline over text that opens on words pointing back made a section head. */
export function headsOverTextPointingBack(units: readonly TextUnit[], roles: readonly LineRole[]): LineRole[] {
  const result = [...roles];
  // (An article on the page must stand above: the first headline heads its own.)
  let titleSeen = false;
  for (let index = 0; index + 1 < units.length; index++) {
    if (result[index] !== 'title') continue;
    if (!titleSeen) {
      titleSeen = true;
      continue;
    }
    const next = index + 1;
    if (result[next] === 'paragraph' && POINTS_BACK.test(units[next].lines[0].content)) result[index] = 'heading';
  }
  return result;
}
