import type { ArticleDoc } from '../model/page-doc';
import type { Court, EvidencePlace, TagEvidence, TagSuggestion } from '../model/vocabulary';
import { datelineNamesCourtSeat, datelinePlace } from './dateline-place';
import { OTHER_ORGAN } from './court-cues';
import type { CourtMention, CourtMentionKind } from './find-court-mentions';

// Where a court is named says whether the article is about it: the headline, subtitle and a
// "（…供稿）" credit speak for the whole article; the lead states its subject; the body mentions
// superiors, partners and documents in passing. Tuned so that one headline, credit or subtitle
// mention suffices, so does the court that opens a clause of the lead (its subject); any other
// lead mention needs one more sign, and body mentions alone never suffice.
const PLACE_WEIGHT: Record<EvidencePlace, number> = {
  title: 4,
  subtitle: 4,
  credit: 4,
  lead: 2.5,
  byline: 1.5,
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

/** Kinds that name a court itself, not its region's courts nor "该院". */
const NAMING_KINDS = new Set<CourtMentionKind>(['name', 'alias', 'derived', 'tribunal', 'local']);

/**
 * The courts that open the sections of an article: named in a section's heading, else the subject
 * of the opening clause of the section's first paragraph. A roundup (简讯, 综述, 动态) is a string of
 * such sections, each about another court, and is about every one of them.
 */
export function sectionSubjects(article: ArticleDoc, mentions: readonly CourtMention[]): string[] {
  const subjects: string[] = [];
  article.blocks.forEach((block, index) => {
    if (block.type !== 'heading') return;
    // A heading with no paragraph under it before the next heading is an item of a list (a 名单 of
    // honoured courts), not a section that reports on its court.
    const paragraph = article.blocks.findIndex((candidate, position) => position > index && candidate.type !== 'caption');
    if (paragraph < 0 || article.blocks[paragraph].type !== 'paragraph') return;
    const inHeading = mentions.find((mention) => mention.block === index && NAMING_KINDS.has(mention.kind));
    const opening = mentions.find((mention) => mention.block === paragraph && NAMING_KINDS.has(mention.kind) && mention.clauseSubject);
    const subject = inHeading?.court ?? opening?.court;
    if (subject && !subjects.includes(subject)) subjects.push(subject);
  });
  return subjects.length <= MAX_ROUNDUP_COURTS ? subjects : [];
}

/**
 * A roundup reports on a handful of courts (three to five on the pages seen); a text naming more
 * than this many, section by section, is a list (名单, 表彰决定), about whoever issued it.
 */
const MAX_ROUNDUP_COURTS = 8;

/** A court that opens a section of a roundup scores as if it headed an article of its own. */
const SECTION_SUBJECT_BONUS = 3;

export function scoreCourts(article: ArticleDoc, mentions: readonly CourtMention[], courts: readonly Court[]): TagSuggestion[] {
  const sections = sectionSubjects(article, mentions);
  const roundup = new Set(sections.length >= 2 ? sections : []);
  const byCourt = new Map<string, CourtMention[]>();
  for (const mention of mentions) byCourt.set(mention.court, [...(byCourt.get(mention.court) ?? []), mention]);
  const leadSubject = mentions.find((mention) => mention.place === 'lead' && mention.kind !== 'back-reference' && mention.clauseSubject)?.court;
  const place = datelinePlace(article.dateline);
  const courtByName = new Map(courts.map((court) => [court.name, court]));

  const scored: TagSuggestion[] = [];
  for (const [name, courtMentions] of byCourt) {
    const oncePlaces = new Map<EvidencePlace, number>();
    let runningText = 0;
    for (const mention of courtMentions) {
      const weight = PLACE_WEIGHT[mention.place] * KIND_FACTOR[mention.kind];
      if (COUNTED_ONCE.has(mention.place)) oncePlaces.set(mention.place, Math.max(oncePlaces.get(mention.place) ?? 0, weight));
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
    if (name === leadSubject) score += LEAD_SUBJECT_BONUS;
    if (roundup.has(name)) score += SECTION_SUBJECT_BONUS;
    const court = courtByName.get(name);
    if (place && court && datelineNamesCourtSeat(place, court)) {
      score += DATELINE_BONUS;
      evidence.push({ phrase: article.dateline ?? place, place: 'dateline', block: null });
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
  const lead = article.blocks.find((block) => block.type === 'paragraph')?.text ?? '';
  return [article.title, article.subtitle, article.credit, lead].some((text) => text !== null && OTHER_ORGAN.test(text));
}

/** The courts the article is about: above the threshold and not dwarfed by the main one; else the only court it names. */
export function selectCourts(scored: readonly TagSuggestion[], options: { otherOrganLeads?: boolean } = {}): TagSuggestion[] {
  const top = scored[0]?.score ?? 0;
  const selected = scored.filter((suggestion) => suggestion.score >= COURT_SCORE_THRESHOLD && suggestion.score >= top * RELATIVE_FLOOR);
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

