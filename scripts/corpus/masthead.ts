// The printed masthead of a page (报头): publication, issue date, page label, sometimes a section
// name and the editor line. What is printed goes to the gold's furniture, and the fields the gold
// records (publication, ISO issue date, page label as printed).
import type { Rng } from '../eval-variants/render';

export interface Masthead {
  publication: string;
  /** Lines as printed, in reading order (the gold's furniture). */
  lines: string[];
  issueDate: string;
  pageLabel: string;
  printedDate: string;
  section: string | null;
  editor: string | null;
  /** Printed letter-spaced (法 院 专 刊) by CSS, not by spaces in the text. */
  letterSpaced: boolean;
}

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const SECTIONS = ['法治视点', '审判纵横', '执行在线', '法院文化', '基层风采', '以案说法', '综合新闻'];
const EDITORS = ['王静', '刘洋', '高娃', '赵明', '孙丽', '李晓峰'];

/**
 * The masthead of page `page` of the issue of week `week` of 2025 (a Friday: the supplement comes
 * out on Fridays); the date is printed with or without leading zeros.
 */
export function drawMasthead(rng: Rng, week: number, page: number): Masthead {
  const firstFriday = Date.UTC(2025, 0, 3);
  const date = new Date(firstFriday + week * 7 * 86_400_000);
  const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  const pad = (n: number): string => String(n).padStart(2, '0');
  const zeros = rng.chance(0.4);
  const printedDate = `${year}年${zeros ? pad(month) : month}月${zeros ? pad(day) : day}日 ${WEEKDAYS[date.getUTCDay()]}`;
  const pageLabel = rng.chance(0.5) ? `第${page}版` : `${pad(page)}版`;
  const section = rng.chance(0.5) ? rng.pick(SECTIONS) : null;
  const editor = rng.chance(0.5) ? `责任编辑 ${rng.pick(EDITORS)}` : null;
  const lines = ['法院专刊', printedDate, pageLabel];
  if (section) lines.push(section);
  if (editor) lines.push(editor);
  return {
    publication: '法院专刊',
    lines,
    issueDate: `${year}-${pad(month)}-${pad(day)}`,
    pageLabel,
    printedDate,
    section,
    editor,
    letterSpaced: rng.chance(0.5),
  };
}
