import type { Court } from '../model/vocabulary';
import { regionStem } from './court-aliases';

/** "赤峰讯" → "赤峰", "本报鄂托克旗讯" → "鄂托克旗", "本报包头6月5日电" → "包头"; null when it names no place. */
export function datelinePlace(dateline: string | null): string | null {
  if (!dateline) return null;
  const place = dateline
    .replace(/[\s*]/g, '')
    .replace(/^本报/, '')
    .replace(/(讯|电|消息)$/, '')
    .replace(/\d{1,2}月\d{1,2}日$/, '');
  return place.length >= 2 && !/[0-9]/.test(place) ? place : null;
}

/** Whether a dateline place is where the court sits: its city or league for any court, its own locality for a basic court. */
export function datelineNamesCourtSeat(place: string, court: Court): boolean {
  if (court.region && (court.region === place || regionStem(court.region) === place)) return true;
  if (court.level === 'high') return place === '内蒙古' || place === '自治区';
  return court.level === 'basic' && court.name.includes(place);
}
