import type { ArticleDoc } from '../model/page-doc';
import type { Court, TagSuggestion, Theme, Vocabulary } from '../model/vocabulary';
import { findCourtMentions } from './find-court-mentions';
import { roundupSubjects } from './roundup-sections';
import { headCourts, otherOrganLeads, scoreCourts, selectCourts, withoutMereSources } from './score-courts';
import { scoreThemes, selectThemes } from './score-themes';

export { deriveCourtShortForms, deriveCollectiveForms } from './court-aliases';
export { buildCourtFormTable } from './court-form-table';
export { deriveCourtAliases, withDerivedAliases } from './derive-court-aliases';
export { compileCourtMatcher } from './compile-court-matcher';
export { compileThemeMatcher } from './compile-theme-matcher';
export { findCourtMentions } from './find-court-mentions';
export { scoreCourts, selectCourts, COURT_SCORE_THRESHOLD } from './score-courts';
export { scoreThemes, selectThemes, MAX_THEMES } from './score-themes';

/**
 * The courts the article is about, best first, each with the phrases that argue for it. A headline
 * with no text under it (no paragraph, no caption) is not yet an article, only a piece the
 * analyzer cut from one: what it is about is for its text to say, and it gets no court.
 */
export function suggestCourts(article: ArticleDoc, courts: Court[]): TagSuggestion[] {
  if (!article.blocks.some((block) => block.type === 'paragraph' || block.type === 'caption')) return [];
  const mentions = findCourtMentions(article, courts);
  const roundup = roundupSubjects(article, mentions);
  const scored = scoreCourts(article, mentions, courts, roundup);
  const selected = selectCourts(scored, { otherOrganLeads: otherOrganLeads(article), roundup, head: headCourts(mentions) });
  return withoutMereSources(selected, mentions, courts);
}

/** One to three themes, best first (none only when no keyword occurs at all). */
export function suggestThemes(article: ArticleDoc, themes: Theme[]): TagSuggestion[] {
  return selectThemes(scoreThemes(article, themes));
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
