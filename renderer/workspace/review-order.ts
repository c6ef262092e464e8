import type { BreakDecision } from '../../core/model/page-analysis';

/** Breaks the editor should look at, in reading order: below the threshold and not yet decided by hand. */
export function uncertainBreaks(breaks: readonly BreakDecision[], threshold: number, decidedByHand: Record<string, unknown>): BreakDecision[] {
  return breaks.filter((decision) => decision.confidence < threshold && !(decision.id in decidedByHand));
}

/** The next (or previous) break after `currentId` among `candidates` (the first or last with none current); null past the end. */
export function breakAhead(candidates: readonly BreakDecision[], currentId: number | null, direction: 1 | -1): number | null {
  const ids = candidates.map((decision) => decision.id).sort((left, right) => left - right);
  if (direction === -1) ids.reverse();
  return ids.find((id) => currentId === null || (direction === 1 ? id > currentId : id < currentId)) ?? null;
}

/** The next (or previous) break after `currentId` among `candidates`, wrapping round. */
export function stepBreak(candidates: readonly BreakDecision[], currentId: number | null, direction: 1 | -1): number | null {
  return breakAhead(candidates, currentId, direction) ?? breakAhead(candidates, null, direction);
}
