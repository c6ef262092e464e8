import type { Court } from '../model/vocabulary';
import type { CourtFormMatch, CourtMatcher } from './compile-court-matcher';
import { regionStem } from './court-aliases';

// "包头市土默特右旗、石拐区、白云鄂博矿区三家基层法院": places listed with 、 share one 法院, and the
// city named with the first place holds for the rest. Each place is read as its own court.

const ENUMERATION = /[\p{Script=Han}]{2,14}(?:、[\p{Script=Han}]{2,14})+(?=法院|人民法院)/gu;
const SHARED_TAIL = /(?:[两二三四五六七八九十几多]家|等|各)?(?:基层)?(?:人民)?$/u;

const regionCache = new WeakMap<readonly Court[], string[]>();

/** Every region and its stem, longest first, built once per court list. */
function regionsOf(courts: readonly Court[]): string[] {
  let regions = regionCache.get(courts);
  if (!regions) {
    regions = [...new Set(courts.flatMap((court) => (court.region ? [court.region, regionStem(court.region)] : [])))].sort((left, right) => right.length - left.length);
    regionCache.set(courts, regions);
  }
  return regions;
}

/** The courts an enumeration of places before one 法院 names, each where its place stands. */
export function findEnumeratedCourts(text: string, matcher: CourtMatcher, courts: readonly Court[]): CourtFormMatch[] {
  // Most text lists no places: skip the pattern unless both marks occur.
  if (!text.includes('、') || !text.includes('法院')) return [];
  const found: CourtFormMatch[] = [];
  const regions = regionsOf(courts);
  for (const enumeration of text.matchAll(ENUMERATION)) {
    const items = enumeration[0].split('、');
    items[items.length - 1] = items[items.length - 1].replace(SHARED_TAIL, '');
    const region = regions.find((candidate) => items[0].startsWith(candidate) && items[0].length > candidate.length) ?? '';
    let position = enumeration.index;
    for (const item of items) {
      for (const candidate of [`${item}法院`, `${region}${item}法院`]) {
        const [match] = matcher.find(candidate);
        if (match && match.start === 0 && match.end === candidate.length) {
          found.push({ ...match, start: position, end: position + item.length });
          break;
        }
      }
      position += item.length + 1;
    }
  }
  return found;
}
