// What an editor types into a date filter. A text field rather than
// <input type=date>, whose display follows the browser's locale (mm/dd/yyyy).

export type DateInput = { kind: 'empty' } | { kind: 'date'; date: string } | { kind: 'invalid' };

/** Accepts 2024-09-01, 2024-9-1, 2024/9/1, 2024.9.1 and 2024年9月1日; returns the date as YYYY-MM-DD. */
export function parseDateInput(text: string): DateInput {
  const trimmed = text.trim();
  if (!trimmed) return { kind: 'empty' };
  const match = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/.exec(trimmed);
  if (!match) return { kind: 'invalid' };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCFullYear() !== year || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) return { kind: 'invalid' };
  return { kind: 'date', date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}
