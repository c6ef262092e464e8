/**
 * A list's entry naming a person and the unit they work for in brackets (王晓燕（乌兰察布市中级人民法院）),
 * after the work it honours (《铁轨旁的法治课》 孟丽娜（通辽铁路运输法院）). At a narrow measure the
 * entry wraps: before the name, inside it, or before the bracket, and the bracketed unit alone then reads
 * like a closing credit.
 */

import { closeLetterSpacing } from '../normalize/letter-spacing';

/** An entry's characters at most, letter-spaced or not: a paragraph is longer, and is not read as one. */
const MAX_ENTRY_LENGTH = 96;

/** A person's name and their unit in brackets. */
export const NAME_WITH_UNIT = /^\p{Script=Han}{2,7}[（(][^（）()]{2,30}[)）]$/u;

/** A unit that employs the people a list names: a court, a procuratorate, a bureau, a school… */
const UNIT = /(法院|法庭|中院|检察院|委员会|司法局|公安局|局|厅|大学|学院|学校|中心|所|协会|联合会|工作室)$/u;
/** A whole entry: the work it honours in 《》 maybe, the name (or the names of its co-authors), the unit in brackets. */
const ENTRY = /^(?:《[^《》]+》[\s\u3000]*)?\p{Script=Han}{2,4}(?:[ \u3000]\p{Script=Han}{2,4}){0,2}[（(]([^（）()]{2,30})[)）]$/u;

/** An entry cut inside its unit's bracket: the name, the bracket opened, the unit's first characters. */
const ENTRY_OPEN = /^(?:《[^《》]+》[\s\u3000]*)?\p{Script=Han}{2,4}[（(]\p{Script=Han}{1,30}$/u;

/**
 * An entry set as the name, a space, then the unit unbracketed: a court and its tribunal or department
 * (格日勒图 阿拉善左旗人民法院巴润别立人民法庭, 乌兰托娅 额济纳旗人民法院执行局).
 */
const SPACED_ENTRY = /^(\p{Script=Han}{2,6})[ \u3000]+(\p{Script=Han}{2,30})$/u;
/** A unit that opens on a court named after its place (阿拉善左旗人民法院…, 阿拉善盟中级人民法院…, 海拉尔铁路运输法院…; a league's or city's name with its banner's runs to a dozen characters: 鄂尔多斯市鄂托克前旗人民法院). */
const COURT_UNIT = /^(\p{Script=Han}{1,12}?(盟|市|旗|县|区|镇|乡|苏木)(中级|铁路运输|铁路运输中级)?(人民)?(法院|法庭|检察院)|\p{Script=Han}{2,8}铁路运输(中级)?法院|内蒙古自治区高级人民法院)/u;
/** …or is cut after its place, before the court's name ends (额济纳旗人民法, 孟和巴雅尔 阿拉善右旗人民法 / 院…). */
const PLACE_START = /^\p{Script=Han}{1,8}?(盟|市|旗|县|区|镇|乡|苏木)/u;
/** How a court's unit, or a tribunal or department of it, ends whole. */
const UNIT_WHOLE_END = /(法院|法庭|中院|检察院|庭|局|中心|室|处|科|队|所|组)$/u;

function spacedEntry(text: string): 'whole' | 'open' | null {
  const entry = SPACED_ENTRY.exec(text);
  // (An award's grade before a court is the list's heading over its first entry: 优秀组织奖 / 阿拉善左旗人民法院.)
  if (!entry || /奖$/u.test(entry[1]) || !PLACE_START.test(entry[2])) return null;
  return COURT_UNIT.test(entry[2]) && UNIT_WHOLE_END.test(entry[2]) ? 'whole' : 'open';
}

/**
 * Whether `after` goes on the entry that `entrySoFar` (its lines up to here) begins, wrapped anywhere:
 * after the work's title, inside the name, before the bracket or inside it (《书页间的初心》 乌兰（包头 /
 * 铁路运输法院）). MuPDF may letter-space a justified line (《 书 ⻚ 间 的 初 ⼼ 》  乌 兰): its spaces go first.
 */
export function entryRunsOn(entrySoFar: string, after: string): boolean {
  if (entrySoFar.length > MAX_ENTRY_LENGTH || !/[（(《 \u3000]/u.test(entrySoFar)) return false;
  const head = closed(entrySoFar.trim());
  const tail = closed(after.trim());
  // A line that is a whole entry already ends it.
  if (ENTRY.test(head) || !/^[\p{Script=Han}（(]/u.test(tail)) return false;
  // The unit set after a space goes on where it was cut (…额济纳旗人民法院执 / 行局), or into its tribunal or department
  // (…阿拉善左旗人民法院 / 巴润别立人民法庭); the next entry opens on a name and a space.
  if (spacedEntry(head) !== null && /^\p{Script=Han}{1,12}$/u.test(tail)) return spacedEntry(`${head}${tail}`) === 'whole';
  // …or where the line ended inside the unit's place, before its banner's or county's word (孟和巴雅尔 阿拉善右 / 旗人民法院…).
  // (The court's name goes on right after that word: a head's phrase cut before 区 is no entry, 普法先行 让护绿意识扎根牧 / 区.)
  if (SPACED_ENTRY.test(head) && /^(盟|市|旗|县|区|苏木)(中级|人民|法院|法庭)/u.test(tail) && spacedEntry(`${head}${tail}`) !== null) return true;
  // (The space a line's end took is put back where a bracketed entry's work ended it: 《…》 / 张晓峰（…）.)
  return [`${head}${tail}`, `${head} ${tail}`].some((joined) => isBracketedEntry(joined) || ENTRY_OPEN.test(joined));
}

function isBracketedEntry(text: string): boolean {
  const entry = ENTRY.exec(text);
  return entry !== null && UNIT.test(entry[1]);
}

/** A list's whole entry, its unit a court or another employer (its lines joined). */
export function isWholeEntry(text: string): boolean {
  // (An entry closes on its bracket or on its unit's last word.)
  if (text.length > MAX_ENTRY_LENGTH || !/[)）院庭局心室处科队所组]\s*$/u.test(text)) return false;
  const solid = closed(text.trim());
  return isBracketedEntry(solid) || spacedEntry(solid) === 'whole';
}

/** The text with its letter-spacing closed, read only where a run of single characters shows it. */
function closed(text: string): string {
  return /\S[ \u3000]\S[ \u3000]\S/u.test(text) ? closeLetterSpacing(text).text : text;
}
