import type { ArticleDoc } from '../model/page-doc';
import type { Court, TagSuggestion, Theme, Vocabulary } from '../model/vocabulary';

// Placeholder until tagging lands (issue 6).
export function suggestCourts(_article: ArticleDoc, _courts: Court[]): TagSuggestion[] {
  return [];
}

export function suggestThemes(_article: ArticleDoc, _themes: Theme[]): TagSuggestion[] {
  return [];
}

export interface ArticleTags {
  /** Canonical court names the article is about. */
  courts: string[];
  /** 1-3 theme names, most important first. */
  themes: string[];
  suggestions: TagSuggestion[];
}

/** The tags the engine proposes for one article (what the analyzer writes into `courts`/`themes`). */
export function tagArticle(article: ArticleDoc, vocabulary: Vocabulary): ArticleTags {
  const courts = suggestCourts(article, vocabulary.courts);
  const themes = suggestThemes(article, vocabulary.themes);
  return { courts: courts.map((s) => s.name), themes: themes.slice(0, 3).map((s) => s.name), suggestions: [...courts, ...themes] };
}
