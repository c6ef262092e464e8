import { useT } from '../i18n/use-t';
import { useArticleTagsStore } from '../stores/article-tags-store';
import { pendingSuggestions } from './pending-suggestions';

/** The article's confirmed tags; suggested ones wait in the SuggestionList. */
export function TagChips() {
  const t = useT();
  const tags = useArticleTagsStore((state) => state.tags);
  const suggestions = useArticleTagsStore((state) => state.suggestions);
  const remove = useArticleTagsStore((state) => state.remove);
  const confirmed = tags.filter((tag) => tag.source === 'confirmed');
  if (confirmed.length === 0) {
    // Never 尚无标签 while suggestions wait: the list below holds tags, only unconfirmed.
    const pending = pendingSuggestions(tags, suggestions).length;
    return <p className="empty-note" data-testid="tags-empty">{pending ? t('tags.onlySuggestions', { count: pending }) : t('tags.noTags')}</p>;
  }
  return (
    <ul className="tag-chips" data-testid="article-tags">
      {confirmed.map((tag) => (
        <li key={`${tag.type}:${tag.name}`} className={`tag-chip chip-${tag.type}`} data-testid="article-tag" data-name={tag.name}>
          <span className="tag-type">{t(tag.type === 'court' ? 'tags.typeCourt' : 'tags.typeTheme')}</span>
          <span className="tag-name">{tag.name}</span>
          <button type="button" className="icon-button" aria-label={t('tags.removeLabel', { name: tag.name })} onClick={() => void remove(tag)}>×</button>
        </li>
      ))}
    </ul>
  );
}
