import type { ArticleTag } from '../../core/model/library';
import type { TagEvidence, TagSuggestion } from '../../core/model/vocabulary';

export interface PendingSuggestion {
  type: 'court' | 'theme';
  name: string;
  score: number | null;
  evidence: TagEvidence[];
}

/**
 * What still awaits the editor's decision: the engine's suggestions not yet
 * confirmed, plus tags stored as 'suggested' that the engine no longer lists.
 */
export function pendingSuggestions(tags: readonly ArticleTag[], suggestions: readonly TagSuggestion[]): PendingSuggestion[] {
  const confirmed = (type: string, name: string) => tags.some((tag) => tag.source === 'confirmed' && tag.type === type && tag.name === name);
  const pending: PendingSuggestion[] = suggestions.filter((suggestion) => !confirmed(suggestion.type, suggestion.name));
  for (const tag of tags) {
    if (tag.source === 'suggested' && !pending.some((entry) => entry.type === tag.type && entry.name === tag.name)) {
      pending.push({ type: tag.type, name: tag.name, score: null, evidence: [] });
    }
  }
  return pending;
}
