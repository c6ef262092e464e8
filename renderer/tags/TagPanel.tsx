import { useEffect } from 'react';
import { useT } from '../i18n/use-t';
import { useArticleTagsStore } from '../stores/article-tags-store';
import { useTagsStore } from '../stores/tags-store';
import { SuggestionList } from './SuggestionList';
import { TagChips } from './TagChips';
import { TagTypeahead } from './TagTypeahead';

/**
 * The tags of one article: current tags (suggested ones can be confirmed or
 * dropped), the engine's pending suggestions, and an add box with type-ahead in
 * Chinese or pinyin initials. Every change is saved at once; all of it works
 * from the keyboard (Tab between controls, arrows + Enter in the add box).
 */
export function TagPanel({ articleId }: { articleId: number }) {
  const t = useT();
  const load = useArticleTagsStore((state) => state.load);
  const saving = useArticleTagsStore((state) => state.saving);
  const saved = useArticleTagsStore((state) => state.saved);
  const error = useArticleTagsStore((state) => state.error);
  const vocabularyLoaded = useTagsStore((state) => state.vocabulary !== null);

  useEffect(() => {
    void load(articleId);
  }, [articleId, load]);
  useEffect(() => {
    if (!vocabularyLoaded) void useTagsStore.getState().loadVocabulary();
  }, [vocabularyLoaded]);

  return (
    <section className="tag-panel" aria-label={t('tags.panelTitle')} data-testid="tag-panel">
      <header className="tag-panel-header">
        <h3>{t('tags.panelTitle')}</h3>
        <span className="muted" role="status">{saving ? t('tags.saving') : saved ? t('tags.saved') : ''}</span>
      </header>
      {error && <p className="error-note" role="alert">{t('common.errorPrefix', { message: error })}</p>}
      <TagTypeahead />
      <TagChips />
      <SuggestionList />
    </section>
  );
}
