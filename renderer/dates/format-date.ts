// How a person reads a date in the UI: in the editor's own time zone, in the
// Chinese order (年月日, 24-hour clock) or the English day-month-year one —
// never the browser's locale default (12/6/2026, 6:28:16 AM).
import type { Locale } from '../../core/model/library';

const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const twoDigits = (value: number) => String(value).padStart(2, '0');

function formatDay(year: number, month: number, day: number, locale: Locale): string {
  return locale === 'zh' ? `${year}年${month}月${day}日` : `${day} ${ENGLISH_MONTHS[month - 1]} ${year}`;
}

/** A moment (ISO timestamp) in local time: `2026年12月6日 14:28` / `6 Dec 2026, 14:28`. */
export function formatDateTime(timestamp: string, locale: Locale): string {
  const moment = new Date(timestamp);
  if (Number.isNaN(moment.getTime())) return timestamp;
  const day = formatDay(moment.getFullYear(), moment.getMonth() + 1, moment.getDate(), locale);
  const time = `${twoDigits(moment.getHours())}:${twoDigits(moment.getMinutes())}`;
  return locale === 'zh' ? `${day} ${time}` : `${day}, ${time}`;
}

/** A calendar date (YYYY-MM-DD, no time zone): `2024年9月12日` / `12 Sep 2024`. */
export function formatCalendarDate(date: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  return formatDay(Number(match[1]), Number(match[2]), Number(match[3]), locale);
}
