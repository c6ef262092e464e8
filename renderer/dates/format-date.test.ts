import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDateTime } from './format-date';
import { parseDateInput } from './parse-date-input';

describe('formatDateTime', () => {
  const zone = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = 'Asia/Shanghai';
  });
  afterEach(() => {
    process.env.TZ = zone;
  });

  it('shows a saved moment in local time, Chinese and English order, 24-hour clock', () => {
    expect(formatDateTime('2026-12-06T06:28:16.000Z', 'zh')).toBe('2026年12月6日 14:28');
    expect(formatDateTime('2026-12-06T06:28:16.000Z', 'en')).toBe('6 Dec 2026, 14:28');
  });

  it('gives a Beijing editor before 08:00 today’s date, not UTC’s', () => {
    expect(formatDateTime('2026-12-05T23:30:00.000Z', 'zh')).toBe('2026年12月6日 07:30');
  });
});

describe('formatCalendarDate', () => {
  it('writes an issue date without a time zone shift', () => {
    expect(formatCalendarDate('2024-09-12', 'zh')).toBe('2024年9月12日');
    expect(formatCalendarDate('2024-09-12', 'en')).toBe('12 Sep 2024');
  });
});

describe('parseDateInput', () => {
  it('reads the ways an editor writes a date into YYYY-MM-DD', () => {
    for (const text of ['2024-09-01', '2024-9-1', '2024/9/1', '2024.09.01', '2024年9月1日', ' 2024 年 9 月 1 日 ']) {
      expect(parseDateInput(text), text).toEqual({ kind: 'date', date: '2024-09-01' });
    }
  });

  it('refuses what is no date, and takes nothing as no filter', () => {
    expect(parseDateInput('')).toEqual({ kind: 'empty' });
    for (const text of ['09/01/2024', '2024-02-30', '2024-13-01', '二〇二四年', '2024-09']) expect(parseDateInput(text), text).toEqual({ kind: 'invalid' });
  });
});
