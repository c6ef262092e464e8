import type { BreakDecision } from '../../core/model/page-analysis';

/** Breaks the editor should look at, in reading order: below the threshold and not yet decided by hand. */
export function uncertainBreaks(breaks: readonly BreakDecision[], threshold: number, decidedByHand: Record<string, unknown>): BreakDecision[] {
  return breaks.filter((decision) => decision.confidence < threshold && !(decision.id in decidedByHand));
}

/** The next (or previous) break after `currentId` among `candidates`, wrapping round. */
export function stepBreak(candidates: readonly BreakDecision[], currentId: number | null, direction: 1 | -1): number | null {
  if (candidates.length === 0) return null;
  const sorted = [...candidates].sort((left, right) => left.id - right.id);
  if (currentId === null) return direction === 1 ? sorted[0].id : sorted[sorted.length - 1].id;
  const next = direction === 1 ? sorted.find((decision) => decision.id > currentId) : [...sorted].reverse().find((decision) => decision.id < currentId);
  return (next ?? (direction === 1 ? sorted[0] : sorted[sorted.length - 1])).id;
}
