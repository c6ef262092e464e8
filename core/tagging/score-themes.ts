import type { ArticleDoc } from '../model/page-doc';
import type { EvidencePlace, TagEvidence, TagSuggestion, Theme } from '../model/vocabulary';
import { secondPartStart } from './article-parts';
import { articleSegments } from './article-segments';
import { compileThemeMatcher, type KeywordHit } from './compile-theme-matcher';
import { themeCueHits } from './theme-cues';

// The headline and section headings say what the article is for; the body repeats the
// vocabulary of court work in general. Bylines, datelines and credits name people and places.
const PLACE_WEIGHT: Record<EvidencePlace, number> = {
  title: 4,
  subtitle: 3,
  heading: 2,
  lead: 1.5,
  body: 1,
  caption: 0.5,
  byline: 0,
  dateline: 0,
  credit: 0,
};

/**
 * Text of a second article run into this one (article-parts.ts), headline included: it still
 * counts a little, because the piece the editor keeps is sometimes the second one.
 */
const SECOND_PART = 'second-part';
const SECOND_PART_WEIGHT = 0.5;

/** Themes scoring under this share of the best one are not suggested. */
const RELATIVE_FLOOR = 0.3;
export const MAX_THEMES = 3;
const MAX_EVIDENCE = 8;

/** Every theme with a keyword in the article, best first. Repeats of a word in one place count less and less (1 + ln n). */
export function scoreThemes(article: ArticleDoc, themes: readonly Theme[]): TagSuggestion[] {
  const matcher = compileThemeMatcher(themes);
  const counts = new Map<KeywordHit, Map<EvidencePlace | typeof SECOND_PART, { count: number; block: number | null }>>();
  const partStart = secondPartStart(article);
  for (const segment of articleSegments(article)) {
    if (!PLACE_WEIGHT[segment.place]) continue;
    // A second article run into this one (article-parts.ts) is running text, its headline included.
    const place = partStart !== null && segment.block !== null && segment.block >= partStart ? SECOND_PART : segment.place;
    matcher.forEachHit(segment.text, (hit) => {
      let places = counts.get(hit);
      if (!places) {
        places = new Map();
        counts.set(hit, places);
      }
      const entry = places.get(place);
      if (entry) entry.count++;
      else places.set(place, { count: 1, block: segment.block });
    });
  }
  const byTheme = new Map<string, { score: number; evidence: { phrase: string; place: EvidencePlace; block: number | null; value: number }[] }>();
  for (const [hit, places] of counts) {
    const theme = byTheme.get(hit.theme) ?? { score: 0, evidence: [] };
    for (const [place, { count, block }] of places) {
      const value = hit.weight * (place === SECOND_PART ? SECOND_PART_WEIGHT : PLACE_WEIGHT[place]) * (1 + Math.log(count));
      theme.score += value;
      theme.evidence.push({ phrase: hit.word, place: place === SECOND_PART ? 'body' : place, block, value });
    }
    byTheme.set(hit.theme, theme);
  }
  const known = new Set(themes.map((theme) => theme.name));
  for (const cue of themeCueHits(article)) {
    if (!known.has(cue.theme)) continue;
    const theme = byTheme.get(cue.theme) ?? { score: 0, evidence: [] };
    const value = cue.weight * PLACE_WEIGHT[cue.place] * (1 + Math.log(cue.count));
    theme.score += value;
    theme.evidence.push({ phrase: cue.phrase, place: cue.place, block: cue.block, value });
    byTheme.set(cue.theme, theme);
  }
  const suggestions: TagSuggestion[] = [];
  for (const [name, theme] of byTheme) {
    const evidence: TagEvidence[] = theme.evidence
      .sort((left, right) => right.value - left.value)
      .slice(0, MAX_EVIDENCE)
      .map(({ phrase, place, block }) => ({ phrase, place, block }));
    suggestions.push({ type: 'theme', name, score: Math.round(theme.score * 100) / 100, evidence });
  }
  // Ties go to the order of the vocabulary, so results do not depend on map iteration.
  const order = new Map(themes.map((theme, index) => [theme.name, index]));
  suggestions.sort((left, right) => right.score - left.score || (order.get(left.name) ?? 0) - (order.get(right.name) ?? 0));
  return suggestions;
}

/** One to three themes: the best, and the next ones that are not dwarfed by it. */
export function selectThemes(scored: readonly TagSuggestion[]): TagSuggestion[] {
  const top = scored[0]?.score ?? 0;
  if (top <= 0) return [];
  return scored.filter((suggestion) => suggestion.score >= top * RELATIVE_FLOOR).slice(0, MAX_THEMES);
}
