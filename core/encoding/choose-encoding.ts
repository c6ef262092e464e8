// Which encoding a file without a BOM is in, from how Chinese each reading of it
// looks (chineseTextScore): the best plausible reading wins, and a plausible
// runner-up close behind is named so the editor can try it.

export type DetectedEncoding = 'utf-8' | 'gb18030' | 'big5';

export interface EncodingScores {
  gb18030: number;
  big5: number;
  /**
   * UTF-8 when its invalid bytes are few enough to be damage: the score of its
   * reading without the U+FFFD, and whether the invalid bytes are also few among
   * its non-ASCII characters (in a GBK or Big5 file nearly all of those are invalid).
   */
  utf8: { score: number; strong: boolean } | null;
}

export interface EncodingChoice {
  encoding: DetectedEncoding;
  /** A plausible reading scoring within UNCERTAIN_MARGIN of the chosen one. */
  alternative: DetectedEncoding | null;
}

/** Below this no reading is Chinese: right readings of news score 0.6–0.9, one encoding read as another below 0.1. */
export const MIN_PLAUSIBLE_SCORE = 0.3;
/** Two readings this close are both plausible: the choice is a guess and is reported as one. */
export const UNCERTAIN_MARGIN = 0.15;

/** The choice, or null when no encoding reads as Chinese and the bytes are not (nearly) UTF-8 either. */
export function chooseEncoding(scores: EncodingScores): EncodingChoice | null {
  const candidates: { encoding: DetectedEncoding; score: number }[] = [
    { encoding: 'gb18030', score: scores.gb18030 },
    { encoding: 'big5', score: scores.big5 },
  ];
  // Weak UTF-8 scores well only because its Chinese became U+FFFD: it is a last resort, never a runner-up.
  if (scores.utf8?.strong) candidates.push({ encoding: 'utf-8', score: scores.utf8.score });
  const alternativeTo = (chosen: DetectedEncoding, score: number): DetectedEncoding | null =>
    candidates
      .filter((candidate) => candidate.encoding !== chosen && candidate.score >= MIN_PLAUSIBLE_SCORE && score - candidate.score < UNCERTAIN_MARGIN)
      .sort((left, right) => right.score - left.score)[0]?.encoding ?? null;

  const bestLegacy = scores.big5 > scores.gb18030 ? candidates[1] : candidates[0];
  if (scores.utf8?.strong && scores.utf8.score >= bestLegacy.score) return { encoding: 'utf-8', alternative: alternativeTo('utf-8', scores.utf8.score) };
  if (bestLegacy.score >= MIN_PLAUSIBLE_SCORE) return { encoding: bestLegacy.encoding, alternative: alternativeTo(bestLegacy.encoding, bestLegacy.score) };
  // Nothing reads as Chinese, but all but a few bytes are UTF-8: an English page with a stray byte.
  if (scores.utf8) return { encoding: 'utf-8', alternative: null };
  return null;
}
