import type { ArticleSummary } from '../../core/model/library';
import { formatCalendarDate } from '../dates/format-date';
import { useT } from '../i18n/use-t';
import { useLibraryStore } from '../stores/library-store';
import { useUiStore } from '../stores/ui-store';
import { ArticleRowTags } from '../tags/ArticleRowTags';
import { Snippet } from './Snippet';
import { StatusBadge } from './StatusBadge';

export function ArticleRow({ article }: { article: ArticleSummary }) {
  const t = useT();
  const checked = useLibraryStore((state) => state.checkedIds.includes(article.id));
  const snippet = useLibraryStore((state) => state.snippets[article.id]);
  const toggleChecked = useLibraryStore((state) => state.toggleChecked);
  const active = useUiStore((state) => state.selectedArticleId === article.id);
  const selectArticle = useUiStore((state) => state.selectArticle);
  const locale = useUiStore((state) => state.locale);
  const title = article.title || t('library.untitled');

  return (
    <li className={active ? 'article-row active' : 'article-row'} data-testid="article-row" data-article-id={article.id}>
      <input
        type="checkbox"
        checked={checked}
        aria-label={t('library.selectArticle', { title })}
        data-testid="article-check"
        onChange={() => undefined}
        onClick={(event) => toggleChecked(article.id, event.shiftKey)}
      />
      <div className="article-main">
        <button type="button" className="article-title" aria-current={active} onClick={() => selectArticle(article.id, article.pageId)}>
          {title}
        </button>
        <div className="article-meta">
          <StatusBadge status={article.status} />
          <ArticleRowTags tags={article.tags} />
          <span className="article-place">{[article.issueDate && formatCalendarDate(article.issueDate, locale), article.pageLabel].filter(Boolean).join(' · ')}</span>
        </div>
        {snippet && <Snippet snippet={snippet} />}
      </div>
    </li>
  );
}
