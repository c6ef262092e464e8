// Dates in the names of files and folders a person reads (exports/, backups/)
// are in local time: an editor in Beijing exporting before 08:00 gets today's
// date, not UTC's yesterday. Hyphens stand for colons, which Windows forbids.

const two = (value: number) => String(value).padStart(2, '0');

/** `2026-12-06_07-30-00` in local time. */
export function localDateTimeStamp(moment: Date): string {
  const date = `${moment.getFullYear()}-${two(moment.getMonth() + 1)}-${two(moment.getDate())}`;
  return `${date}_${two(moment.getHours())}-${two(moment.getMinutes())}-${two(moment.getSeconds())}`;
}

/** `2026-12-06_07-30-00-000+0800`: local time with milliseconds and the offset, so the name still says the exact moment. */
export function localInstantStamp(moment: Date): string {
  const offsetMinutes = -moment.getTimezoneOffset();
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = `${sign}${two(Math.floor(Math.abs(offsetMinutes) / 60))}${two(Math.abs(offsetMinutes) % 60)}`;
  return `${localDateTimeStamp(moment)}-${String(moment.getMilliseconds()).padStart(3, '0')}${offset}`;
}

/** Matches a localInstantStamp, and the UTC `2026-12-05T23-30-00-000Z` that older backups were named with. */
export const INSTANT_STAMP_PATTERN = String.raw`\d{4}-\d{2}-\d{2}[T_]\d{2}-\d{2}-\d{2}-\d{3}(?:Z|[+-]\d{4})`;

/** The moment a stamp names, as an ISO string in UTC; null if it is no stamp. */
export function instantOfStamp(stamp: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})[T_](\d{2})-(\d{2})-(\d{2})-(\d{3})(Z|[+-]\d{4})$/.exec(stamp);
  if (!match) return null;
  const offset = match[6] === 'Z' ? 'Z' : `${match[6].slice(0, 3)}:${match[6].slice(3)}`;
  const moment = new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}${offset}`);
  return Number.isNaN(moment.getTime()) ? null : moment.toISOString();
}
