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
const KIND_FACTOR: Record<CourtMentionKind, number> = { name: 1, alias: 1, derived: 1, tribunal: 1, collective: 0.5, 'back-reference': 0.5 };

/** The first court that opens a clause of the lead is the lead's subject far more often than not. */
const LEAD_SUBJECT_BONUS = 0.5;

/** A dateline naming the court's seat corroborates other evidence, never replaces it. */
const DATELINE_BONUS = 1;

export const COURT_SCORE_THRESHOLD = 3;

/** Courts scoring under this share of the best one are side players even above the threshold. */
const RELATIVE_FLOOR = 0.4;

const MAX_EVIDENCE = 8;

export function scoreCourts(article: ArticleDoc, mentions: readonly CourtMention[], courts: readonly Court[]): TagSuggestion[] {
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
