import { useEffect, useRef } from 'react';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { useDialogStore } from '../stores/dialog-store';
import { useLibraryStore } from '../stores/library-store';
import { ArticleRow } from './ArticleRow';
import { moveRowFocus } from './move-row-focus';

function ListHeader() {
  const t = useT();
  const total = useLibraryStore((state) => state.total);
  const query = useLibraryStore((state) => state.query.trim());
  const loading = useLibraryStore((state) => state.listLoading);
  return (
    <div className="list-header">
      <h2 className="pane-title">{t('library.articles')}</h2>
      <span className="list-total" data-testid="list-total" aria-busy={loading}>
        {query ? t('library.searchTotal', { query, total }) : t('library.listTotal', { total })}
      </span>
    </div>
  );
}

function SelectionBar() {
  const t = useT();
  const articles = useLibraryStore((state) => state.articles);
  const checkedCount = useLibraryStore((state) => state.checkedIds.length);
  const setChecked = useLibraryStore((state) => state.setChecked);
  const show = useDialogStore((state) => state.show);
  const allChecked = articles.length > 0 && checkedCount === articles.length;
  const checkAll = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (checkAll.current) checkAll.current.indeterminate = checkedCount > 0 && !allChecked;
  }, [checkedCount, allChecked]);
  return (
    <div className="selection-bar">
      <label>
        <input ref={checkAll} type="checkbox" checked={allChecked} data-testid="check-all" onChange={() => setChecked(allChecked ? [] : articles.map((article) => article.id))} />
        <span>{checkedCount > 0 ? t('library.selectedCount', { count: checkedCount }) : t('library.selectAll')}</span>
      </label>
      {checkedCount > 0 && (
        <>
          <button type="button" data-testid="bulk-tag" onClick={() => show('bulk-tag')}>{t('library.bulkTag')}</button>
          <button type="button" data-testid="export-selected" onClick={() => show('export')}>{t('common.exportButton')}</button>
          <button type="button" className="link-button" onClick={() => setChecked([])}>{t('library.clearSelection')}</button>
        </>
      )}
    </div>
  );
}

/** Middle pane: the articles of the current scope and filters, or the search hits. */
export function ArticleList() {
  const t = useT();
  const articles = useLibraryStore((state) => state.articles);
  const loading = useLibraryStore((state) => state.listLoading);
  const error = useLibraryStore((state) => state.error);
  const damaged = useAppStore((state) => state.info?.health.state === 'damaged');
  const total = useLibraryStore((state) => state.total);
  const loadMore = useLibraryStore((state) => state.loadMore);
  return (
    <section className="pane article-pane" aria-label={t('library.articles')} data-testid="article-list">
      <ListHeader />
      <SelectionBar />
      {error && <p className="error-note" role="alert">{t('common.errorPrefix', { message: error })}</p>}
      <ul className="pane-scroll article-rows" onKeyDown={moveRowFocus}>
        {articles.map((article) => <ArticleRow key={article.id} article={article} />)}
        {articles.length < total && (
          <li className="load-more">
            <button type="button" disabled={loading} onClick={() => void loadMore()}>{t('library.loadMore')}</button>
          </li>
        )}
      </ul>
      {!loading && !error && !damaged && articles.length === 0 && <p className="empty-note">{t('library.noArticles')}</p>}
    </section>
  );
}
