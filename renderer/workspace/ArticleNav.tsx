import { useT } from '../i18n/use-t';
import { useArticleSession } from '../stores/article-session-store';
import { openNeighbourPage } from './page-navigation';
import { useUiStore } from '../stores/ui-store';

/** Previous/next article on the page (‹ ›), previous/next page of the issue (« »): arrows, so the header stays one row. */
export function ArticleNav() {
  const t = useT();
  const articleIds = useArticleSession((state) => state.page?.articleIds);
  const articleId = useArticleSession((state) => state.article?.id);
  const pageId = useArticleSession((state) => state.page?.page.id);
  const title = useArticleSession((state) => state.fields.title);
  const pageLabel = useArticleSession((state) => state.page?.page.pageLabel ?? state.page?.page.source);
  const index = articleIds && articleId !== undefined ? articleIds.indexOf(articleId) : -1;
  const go = (offset: number) => {
    const target = articleIds?.[index + offset];
    if (target !== undefined) useUiStore.getState().selectArticle(target, pageId);
  };
  return (
    <nav className="article-nav">
      <button type="button" onClick={() => void openNeighbourPage(-1)} title={t('workspace.previousPage')} aria-label={t('workspace.previousPage')}>
        «
      </button>
      <button type="button" onClick={() => go(-1)} disabled={index <= 0} title={t('workspace.previousArticle')} aria-label={t('workspace.previousArticle')}>
        ‹
      </button>
      <span className="article-nav-where" title={`${pageLabel ?? ''} · ${t('workspace.articleOf', { index: index + 1, total: articleIds?.length ?? 0 })}${title ? ` · ${title}` : ''}`} data-testid="article-nav-where">
        {pageLabel} · {t('workspace.articleOf', { index: index + 1, total: articleIds?.length ?? 0 })}
      </span>
      <button type="button" onClick={() => go(1)} disabled={!articleIds || index >= articleIds.length - 1} title={t('workspace.nextArticle')} aria-label={t('workspace.nextArticle')}>
        ›
      </button>
      <button type="button" onClick={() => void openNeighbourPage(1)} title={t('workspace.nextPage')} aria-label={t('workspace.nextPage')}>
        »
      </button>
    </nav>
  );
}
