import type { Court } from '../model/vocabulary';
import { deriveCourtShortForms, regionStem } from './court-aliases';

// The short forms of every court, derived from the whole court list at once: a form is only
// unambiguous, or not, across the whole gazetteer.

export interface CourtAliasDerivation {
  /** Court name → the short forms derived for it, in derivation order. */
  byCourt: Map<string, string[]>;
  /**
   * Forms two or more courts would derive ("新区法院" for two cities' 新区). They are produced for no
   * court rather than guessed from region context: the region-prefixed forms ("赤峰市新区法院") are
   * derived for each court, so a text that gives the context is still matched, and one that does not
   * is left to the editor. The matcher still consumes them whole, so their tail never fires alone.
   */
  ambiguous: Map<string, string[]>;
}

/**
 * A locality stem that is also the start or part of another court's locality names a wider area,
 * not the court: "科尔沁" is the region of 科尔沁区 and of the 科尔沁左翼/右翼 banners alike, so
 * "科尔沁法院" is the press's name for a region's courts ("科尔沁法院 动态三则"), and "鄂托克法院"
 * could be 鄂托克旗 or 鄂托克前旗. Such a stem form is not derived; the locality with its suffix
 * ("科尔沁区法院") still is.
 */
function namesPartOfAnotherLocality(form: string, court: Court, courts: readonly Court[]): boolean {
  if (court.level !== 'basic') return false;
  let place = form.replace(/(人民)?法院$/u, '');
  for (const prefix of court.region ? [court.region, regionStem(court.region)] : []) {
    if (place.startsWith(prefix) && place.length > prefix.length) {
      place = place.slice(prefix.length);
      break;
    }
  }
  if (/[市盟旗县区]$|铁路/u.test(place)) return false;
  return courts.some((other) => other.name !== court.name && other.name.includes(place));
}

/**
 * Derives the short forms of every court. A form is derived for a court when no other court has it
 * as its name or listed alias (the listed data always wins), no other court derives it too, and the
 * editor has not removed it from this court.
 */
export function deriveCourtAliases(courts: readonly Court[]): CourtAliasDerivation {
  const listed = new Map<string, string>();
  for (const court of courts) {
    listed.set(court.name, court.name);
    for (const alias of court.aliases) if (!listed.has(alias)) listed.set(alias, court.name);
  }
  const candidates = new Map<string, string[]>();
  for (const court of courts) {
    for (const form of deriveCourtShortForms(court)) {
      if (listed.has(form) || namesPartOfAnotherLocality(form, court, courts)) continue;
      const claimants = candidates.get(form) ?? [];
      if (!claimants.includes(court.name)) claimants.push(court.name);
      candidates.set(form, claimants);
    }
  }
  const byCourt = new Map<string, string[]>(courts.map((court) => [court.name, []]));
  const ambiguous = new Map<string, string[]>();
  const removed = new Map(courts.map((court) => [court.name, new Set(court.removedAliases ?? [])]));
  for (const [form, claimants] of candidates) {
    if (claimants.length > 1) ambiguous.set(form, claimants);
    else if (!removed.get(claimants[0])?.has(form)) byCourt.get(claimants[0])?.push(form);
  }
  return { byCourt, ambiguous };
}

const sameList = (left: readonly string[] | undefined, right: readonly string[]) =>
  left !== undefined && left.length === right.length && left.every((value, index) => value === right[index]);

/**
 * The court list with every court's `derivedAliases` derived anew. The editor's listed aliases and
 * removals are kept as they are; a court whose derived forms did not change is returned as is.
 */
export function withDerivedAliases(courts: readonly Court[]): Court[] {
  const { byCourt } = deriveCourtAliases(courts);
  return courts.map((court) => {
    const derived = byCourt.get(court.name) ?? [];
    return sameList(court.derivedAliases, derived) ? court : { ...court, derivedAliases: derived };
  });
}
