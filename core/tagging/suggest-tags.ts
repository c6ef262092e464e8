import type { ArticleDoc } from '../model/page-doc';
import type { Court, TagSuggestion, Theme } from '../model/vocabulary';

// Placeholder until tagging lands (issue 6).
export function suggestCourts(_article: ArticleDoc, _courts: Court[]): TagSuggestion[] {
  return [];
}

export function suggestThemes(_article: ArticleDoc, _themes: Theme[]): TagSuggestion[] {
  return [];
}
