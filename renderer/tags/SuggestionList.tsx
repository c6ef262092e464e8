import { formatConfidence } from '../../core/model/format-confidence';
import { tagConfidence } from '../../core/tagging/tag-confidence';
import { useT } from '../i18n/use-t';
import { useArticleTagsStore } from '../stores/article-tags-store';
import { pendingSuggestions } from './pending-suggestions';

/** The engine's suggestions not yet confirmed, with the phrases that argued for them. */
export function SuggestionList() {
  const t = useT();
  const tags = useArticleTagsStore((state) => state.tags);
  const suggestions = useArticleTagsStore((state) => state.suggestions);
  const accept = useArticleTagsStore((state) => state.accept);
  const reject = useArticleTagsStore((state) => state.reject);
  const pending = pendingSuggestions(tags, suggestions);

  return (
    <div className="suggestions">
      <h4>{t('tags.suggestions')}</h4>
      {pending.length === 0 ? (
        <p className="empty-note">{t('tags.noSuggestions')}</p>
      ) : (
        <ul data-testid="tag-suggestions">
          {pending.map((suggestion) => (
            <li key={`${suggestion.type}:${suggestion.name}`} className="suggestion" data-testid="tag-suggestion" data-name={suggestion.name}>
              <span className={`suggestion-name chip-${suggestion.type} chip-suggested`} title={t('tags.suggestedTooltip')}>
                <span className="tag-type">{t(suggestion.type === 'court' ? 'tags.typeCourt' : 'tags.typeTheme')}</span> {suggestion.name}
              </span>
              {suggestion.score !== null && <span className="muted">{t('tags.score', { score: formatConfidence(tagConfidence({ type: suggestion.type, score: suggestion.score })) })}</span>}
              {suggestion.evidence[0] && <span className="muted evidence">{t('tags.evidence', { phrase: suggestion.evidence[0].phrase })}</span>}
              <button type="button" aria-label={t('tags.acceptLabel', { name: suggestion.name })} onClick={() => void accept(suggestion)}>{t('tags.accept')}</button>
              <button type="button" aria-label={t('tags.rejectLabel', { name: suggestion.name })} onClick={() => void reject(suggestion)}>{t('tags.reject')}</button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
