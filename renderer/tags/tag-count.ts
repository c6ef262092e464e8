/** Articles carrying a tag, from tags:vocabulary's counts (keyed `court:NAME` / `theme:NAME`). */
export function tagCount(counts: Readonly<Record<string, number>>, type: 'court' | 'theme', name: string): number {
  return counts[`${type}:${name}`] ?? 0;
}
