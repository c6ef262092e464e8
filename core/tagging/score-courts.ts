import type { ArticleDoc } from '../model/page-doc';
import type { Court, EvidencePlace, TagEvidence, TagSuggestion } from '../model/vocabulary';
import { datelineNamesCourtSeat, datelinePlace } from './dateline-place';
import { secondPartStart } from './article-parts';
import { articleSegments } from './article-segments';
import { OTHER_ORGAN } from './court-cues';
import { NAMING_KINDS } from './roundup-sections';
import type { CourtMention, CourtMentionKind } from './find-court-mentions';

// Where a court is named says whether the article is about it: the headline, subtitle and a
// "（…供稿）" credit speak for the whole article; the lead states its subject; the body mentions
// superiors, partners and documents in passing. A court in the byline is the author's own
// (文/某某法院 某某), as in a credit. Tuned so that one headline, credit, subtitle or byline
// mention suffices, so does the court that opens a clause of the lead (its subject); any other
// lead mention needs one more sign, and body mentions alone never suffice.
const PLACE_WEIGHT: Record<EvidencePlace, number> = {
  title: 4,
  subtitle: 4,
  credit: 4,
  lead: 2.5,
  byline: 3,
  dateline: 1.5,
  heading: 1,
  caption: 0.5,
  body: 0.5,
};

/** Places counted once however often the court appears there. */
const COUNTED_ONCE = new Set<EvidencePlace>(['title', 'subtitle', 'credit', 'lead', 'byline', 'dateline']);

/** Repeated mentions in body, headings and captions add up only to this much. */
const RUNNING_TEXT_CAP = 2;

// A 人民法庭 speaks for its basic court as fully as the court's own name: its judges are that court's.
const KIND_FACTOR: Record<CourtMentionKind, number> = { name: 1, alias: 1, derived: 1, tribunal: 1, local: 1, collective: 0.5, 'back-reference': 0.5 };

/** The first court that opens a clause of the lead is the lead's subject far more often than not. */
const LEAD_SUBJECT_BONUS = 0.5;

/** A dateline naming the court's seat corroborates other evidence, never replaces it. */
const DATELINE_BONUS = 1;

export const COURT_SCORE_THRESHOLD = 3;

/** Courts scoring under this share of the best one are side players even above the threshold. */
const RELATIVE_FLOOR = 0.4;

const MAX_EVIDENCE = 8;

/** A court that opens a section of a roundup scores as if it headed an article of its own. */
const SECTION_SUBJECT_BONUS = 3;

/** Places where an article states what it is about: its headline, subtitle, byline and lead. */
const HEAD_PLACES = new Set<EvidencePlace>(['title', 'subtitle', 'byline', 'lead']);

/** The courts named by name where the article states its subject. */
export function headCourts(mentions: readonly CourtMention[]): Set<string> {
  return new Set(mentions.filter((mention) => HEAD_PLACES.has(mention.place) && NAMING_KINDS.has(mention.kind)).map((mention) => mention.court));
}

/**
 * A credit closes the article it belongs to. When the head of the text names its subject court
 * and the credit names another court the head does not, the credit most likely closes a second
 * article the text ran into (a lost boundary), and it counts no more than a mention in the body.
 */
function creditOfAnotherPart(court: string, head: ReadonlySet<string>): boolean {
  return head.size > 0 && !head.has(court);
}

/**
 * Where a mention counts. In a text with a second article run into it (`secondPartStart`), what
 * that part says — its headline, lead, credit — is only running text of the first; so is the
 * credit closing the whole, unless its court is named in the head.
 */
function countedPlace(mention: CourtMention, head: ReadonlySet<string>, partStart: number | null): EvidencePlace {
  if (mention.place === 'credit' && creditOfAnotherPart(mention.court, head)) return 'body';
  if (partStart === null) return mention.place;
  const inSecondPart = mention.block !== null && mention.block >= partStart;
  const closingCredit = mention.place === 'credit' && mention.block === null && !head.has(mention.court);
  return inSecondPart || closingCredit ? 'body' : mention.place;
}

export function scoreCourts(article: ArticleDoc, mentions: readonly CourtMention[], courts: readonly Court[], roundupCourts: readonly string[] | null = null): TagSuggestion[] {
  const roundup = new Set(roundupCourts ?? []);
  const head = headCourts(mentions);
  const partStart = roundupCourts ? null : secondPartStart(article);
  const byCourt = new Map<string, CourtMention[]>();
  for (const mention of mentions) byCourt.set(mention.court, [...(byCourt.get(mention.court) ?? []), mention]);
  // The lead's subject, with the courts listed beside it in the same clause (三家基层法院出台举措).
  const firstSubject = mentions.find((mention) => mention.place === 'lead' && mention.kind !== 'back-reference' && mention.clauseSubject);
  const leadSubjects = new Set(
    mentions
      .filter((mention) => firstSubject && mention.place === 'lead' && mention.block === firstSubject.block && mention.clause === firstSubject.clause && mention.clauseSubject && NAMING_KINDS.has(mention.kind))
      .map((mention) => mention.court),
  );
  if (firstSubject) leadSubjects.add(firstSubject.court);
  const datelineAt = datelinePlace(article.dateline);
  const courtByName = new Map(courts.map((court) => [court.name, court]));

  const scored: TagSuggestion[] = [];
  for (const [name, courtMentions] of byCourt) {
    const oncePlaces = new Map<EvidencePlace, number>();
    let runningText = 0;
    for (const mention of courtMentions) {
      const place = countedPlace(mention, head, partStart);
      const weight = PLACE_WEIGHT[place] * KIND_FACTOR[mention.kind];
      if (COUNTED_ONCE.has(place)) oncePlaces.set(place, Math.max(oncePlaces.get(place) ?? 0, weight));
      else runningText += weight;
    }
    let score = Math.min(runningText, RUNNING_TEXT_CAP);
    for (const weight of oncePlaces.values()) score += weight;
    const evidence: TagEvidence[] = [];
    const seen = new Set<string>();
    for (const mention of courtMentions) {
      const key = `${mention.phrase}|${mention.place}|${mention.block}`;
      if (seen.has(key) || evidence.length >= MAX_EVIDENCE) continue;
      seen.add(key);
      evidence.push({ phrase: mention.phrase, place: mention.place, block: mention.block });
    }
    if (leadSubjects.has(name)) score += LEAD_SUBJECT_BONUS;
    if (roundup.has(name)) score += SECTION_SUBJECT_BONUS;
    const court = courtByName.get(name);
    if (datelineAt && court && datelineNamesCourtSeat(datelineAt, court)) {
      score += DATELINE_BONUS;
      evidence.push({ phrase: article.dateline ?? datelineAt, place: 'dateline', block: null });
    }
    scored.push({ type: 'court', name, score: Math.round(score * 100) / 100, evidence });
  }
  scored.sort((left, right) => right.score - left.score);
  return scored;
}

/**
 * A court supplement's article is about some court. When the article names one court and no
 * other, by name rather than only collectively, that court is its subject even if the text
 * names it only in passing (a case story: 一进海南区人民法院的调解室…) — unless another organ
 * of the law heads the article (a procuratorate's school visit a judge joined).
 */
const SOLE_COURT_MIN_SCORE = PLACE_WEIGHT.body * KIND_FACTOR.name;

/** Whether an organ other than a court stands in the headline, the credit or the lead. */
export function otherOrganLeads(article: ArticleDoc): boolean {
  const lead = articleSegments(article).find((segment) => segment.place === 'lead')?.text ?? '';
  return [article.title, article.subtitle, article.credit, lead].some((text) => text !== null && OTHER_ORGAN.test(text));
}

export interface CourtSelectionContext {
  otherOrganLeads?: boolean;
  /** The courts a roundup's sections report on, when the article is one. */
  roundup?: readonly string[] | null;
  /** The courts named where the article states its subject (`headCourts`). */
  head?: ReadonlySet<string>;
}

/**
 * The courts the article is about. A roundup is about the courts its sections open with (not the
 * office that compiled it, named in its headline or credit). Any other article is about its best
 * court, and about another only when that one is as well argued and named where the subject is
 * stated (两院签订共建协议): a court argued for only further down is a side player, or the subject
 * of a second article the text ran into. With nothing above the threshold, the only court named.
 */
export function selectCourts(scored: readonly TagSuggestion[], options: CourtSelectionContext = {}): TagSuggestion[] {
  if (options.roundup) {
    const sections = new Set(options.roundup);
    return scored.filter((suggestion) => sections.has(suggestion.name));
  }
  const top = scored[0]?.score ?? 0;
  const selected = scored.filter(
    (suggestion, index) =>
      suggestion.score >= COURT_SCORE_THRESHOLD && suggestion.score >= top * RELATIVE_FLOOR && (index === 0 || !options.head || options.head.has(suggestion.name)),
  );
  if (selected.length === 0 && scored.length === 1 && top >= SOLE_COURT_MIN_SCORE && !options.otherOrganLeads) return [...scored];
  return selected;
}

/** A mention in the running text governed by 在/根据/与…: a circumstance of the sentence. */
const inPassing = (mention: CourtMention) => (mention.place === 'body' || mention.place === 'caption') && !mention.clauseSubject;

/** Places that say where an article comes from rather than what it is about. */
const SOURCE_PLACES = new Set<EvidencePlace>(['credit', 'byline', 'dateline']);

function ancestors(court: string, courts: readonly Court[]): Set<string> {
  const parents = new Map(courts.map((entry) => [entry.name, entry.parent]));
  const found = new Set<string>();
  for (let parent = parents.get(court) ?? null; parent && !found.has(parent); parent = parents.get(parent) ?? null) found.add(parent);
  return found;
}

/**
 * Drops a court that is only the article's source — named in its credit, byline or dateline, only
 * collectively ("赤峰法院"), or in passing ("在赤峰中院的指导下") — when a court under it is selected: an intermediate court's press
 * office supplies the news of its basic courts ("（锡林郭勒盟中级人民法院供稿）" over an article about
 * 锡林浩特市人民法院), and a roundup titled "赤峰法院工作动态" is about the basic courts it reports.
 */
export function withoutMereSources(selected: readonly TagSuggestion[], mentions: readonly CourtMention[], courts: readonly Court[]): TagSuggestion[] {
  const mereSource = (name: string) =>
    mentions.some((mention) => mention.court === name) &&
    mentions.filter((mention) => mention.court === name).every((mention) => SOURCE_PLACES.has(mention.place) || !NAMING_KINDS.has(mention.kind) || inPassing(mention));
  const underIt = (name: string) => selected.some((other) => other.name !== name && ancestors(other.name, courts).has(name));
  return selected.filter((suggestion) => !(mereSource(suggestion.name) && underIt(suggestion.name)));
}

