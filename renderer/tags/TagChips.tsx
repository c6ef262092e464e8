import { useT } from '../i18n/use-t';
import { useArticleTagsStore } from '../stores/article-tags-store';

export function TagChips() {
  const t = useT();
  const tags = useArticleTagsStore((state) => state.tags);
  const accept = useArticleTagsStore((state) => state.accept);
  const remove = useArticleTagsStore((state) => state.remove);
  if (tags.length === 0) return <p className="empty-note">{t('tags.noTags')}</p>;
  return (
    <ul className="tag-chips" data-testid="article-tags">
      {tags.map((tag) => (
        <li key={`${tag.type}:${tag.name}`} className={`tag-chip chip-${tag.type} tag-${tag.source}`} data-testid="article-tag" data-source={tag.source}>
          <span className="tag-type">{t(tag.type === 'court' ? 'tags.typeCourt' : 'tags.typeTheme')}</span>
          <span className="tag-name">{tag.name}</span>
          {tag.source === 'suggested' && (
            <button type="button" className="icon-button" aria-label={t('tags.acceptLabel', { name: tag.name })} onClick={() => void accept(tag)}>✓</button>
          )}
          <button type="button" className="icon-button" aria-label={t('tags.removeLabel', { name: tag.name })} onClick={() => void remove(tag)}>×</button>
        </li>
      ))}
    </ul>
  );
}
