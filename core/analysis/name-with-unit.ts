/**
 * A list's entry naming a person and the unit they work for in brackets (王晓燕（乌兰察布市中级人民法院）),
 * after the work it honours (《铁轨旁的法治课》 孟丽娜（通辽铁路运输法院）). At a narrow measure the
 * entry wraps: before the name, inside it, or before the bracket, and the bracketed unit alone then reads
 * like a closing credit.
 */

import { closeLetterSpacing } from '../normalize/letter-spacing';

/** A person's name and their unit in brackets. */
export const NAME_WITH_UNIT = /^\p{Script=Han}{2,7}[（(][^（）()]{2,30}[)）]$/u;

/** A unit that employs the people a list names: a court, a procuratorate, a bureau, a school… */
const UNIT = /(法院|法庭|中院|检察院|委员会|司法局|公安局|局|厅|大学|学院|学校|中心|所|协会|联合会|工作室)$/u;
/** A whole entry: the work it honours in 《》 maybe, the name, the unit in brackets. */
const ENTRY = /^(?:《[^《》]+》[\s\u3000]*)?\p{Script=Han}{2,4}[（(]([^（）()]{2,30})[)）]$/u;

/** An entry cut inside its unit's bracket: the name, the bracket opened, the unit's first characters. */
const ENTRY_OPEN = /^(?:《[^《》]+》[\s\u3000]*)?\p{Script=Han}{2,4}[（(]\p{Script=Han}{1,30}$/u;

/**
 * Whether `after` goes on the entry that `entrySoFar` (its lines up to here) begins, wrapped anywhere:
 * after the work's title, inside the name, before the bracket or inside it (《书页间的初心》 乌兰（包头 /
 * 铁路运输法院）). MuPDF may letter-space a justified line (《 书 ⻚ 间 的 初 ⼼ 》  乌 兰): its spaces go first.
 */
export function entryRunsOn(entrySoFar: string, after: string): boolean {
  const head = closeLetterSpacing(entrySoFar.trim()).text;
  const tail = closeLetterSpacing(after.trim()).text;
  // A line that is a whole entry already ends it.
  if (ENTRY.test(head) || !/^[\p{Script=Han}（(]/u.test(tail)) return false;
  return [`${head}${tail}`, `${head} ${tail}`].some((joined) => isWholeEntry(joined) || ENTRY_OPEN.test(joined));
}

/** A list's whole entry, its unit a court or another employer (its lines joined). */
export function isWholeEntry(text: string): boolean {
  const entry = ENTRY.exec(closeLetterSpacing(text.trim()).text);
  return entry !== null && UNIT.test(entry[1]);
}
