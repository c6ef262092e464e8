// The court and theme scorers add up weighted evidence (score-courts.ts,
// score-themes.ts): unbounded sums, a court's typically 3–10, a theme's 1–100.
// Shown to the editor they become a 0–1 confidence by one saturating curve,
//
//   confidence = 1 − e^(−score / scale)
//
// so more evidence always means more confidence, with diminishing returns. The
// scale is the score at which the curve reaches 1 − 1/e ≈ 63%:
// - courts: COURT_SCORE_THRESHOLD (3), the least evidence that suggests a court
//   (one headline, credit or subtitle mention; the lead's subject plus one more
//   sign), so a court just suggested reads 63%, a headline plus a credit 93%;
// - themes: 20, about a headline keyword with a few mentions in the body; a
//   theme named only in passing (one body keyword, 1) reads 5%, the seed pages'
//   main themes (70–100) 97–99%.
// The curve orders suggestions exactly as their scores do; it is a reading aid,
// not a calibrated probability.
import type { TagSuggestion } from '../model/vocabulary';
import { COURT_SCORE_THRESHOLD } from './score-courts';

export const TAG_CONFIDENCE_SCALE: Record<TagSuggestion['type'], number> = { court: COURT_SCORE_THRESHOLD, theme: 20 };

export function tagConfidence(suggestion: Pick<TagSuggestion, 'type' | 'score'>): number {
  return 1 - Math.exp(-Math.max(0, suggestion.score) / TAG_CONFIDENCE_SCALE[suggestion.type]);
}
