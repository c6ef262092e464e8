// Every confidence the editor sees — a break's, a tag suggestion's — is a 0–1
// probability written one way: a whole percentage.

/** `0.9` → `90%`. Never shows 100% or 0% for what is not certain either way. */
export function formatConfidence(confidence: number): string {
  const clamped = Math.max(0, Math.min(1, confidence));
  let percent = Math.round(clamped * 100);
  if (percent === 100 && clamped < 1) percent = 99;
  if (percent === 0 && clamped > 0) percent = 1;
  return `${percent}%`;
}
