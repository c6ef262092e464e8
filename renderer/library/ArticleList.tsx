import { useEffect, useRef, type MouseEvent } from 'react';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { useDialogStore } from '../stores/dialog-store';
import { focusRawPaneWhenOpened } from '../workspace/raw-pane-focus';
import { useLibraryStore } from '../stores/library-store';
import { ArticleRow } from './ArticleRow';
import { moveRowFocus } from './move-row-focus';

function ListHeader() {
  const t = useT();
  const total = useLibraryStore((state) => state.total);
  const approximate = useLibraryStore((state) => state.totalApproximate);
  const query = useLibraryStore((state) => state.query.trim());
  const loading = useLibraryStore((state) => state.listLoading);
  return (
    <div className="list-header">
      <h2 className="pane-title">{t('library.articles')}</h2>
      <span className="list-total" data-testid="list-total" aria-busy={loading}>
        {query ? t(approximate ? 'library.searchTotalAbout' : 'library.searchTotal', { query, total }) : t('library.listTotal', { total })}
      </span>
    </div>
  );
}

/** The selection outlives the list (see the library store): its count shows whatever the list shows. */
function SelectionBar() {
  const t = useT();
  const articles = useLibraryStore((state) => state.articles);
  const checkedIds = useLibraryStore((state) => state.checkedIds);
  const setChecked = useLibraryStore((state) => state.setChecked);
  const checkShown = useLibraryStore((state) => state.checkShown);
  const show = useDialogStore((state) => state.show);
  const checked = new Set(checkedIds);
  const shownChecked = articles.filter((article) => checked.has(article.id)).length;
  const allChecked = articles.length > 0 && shownChecked === articles.length;
  const elsewhere = checkedIds.length - shownChecked;
  const checkAll = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (checkAll.current) checkAll.current.indeterminate = shownChecked > 0 && !allChecked;
  }, [shownChecked, allChecked]);
  return (
    <div className="selection-bar">
      <label>
        <input ref={checkAll} type="checkbox" checked={allChecked} data-testid="check-all" onChange={() => checkShown(!allChecked)} />
        <span data-testid="selection-count">{checkedIds.length > 0 ? t('library.selectedCount', { count: checkedIds.length }) : t('library.selectAll')}</span>
        {elsewhere > 0 && <span className="muted" data-testid="selection-elsewhere">{t('library.selectedElsewhere', { count: elsewhere })}</span>}
      </label>
      {checkedIds.length > 0 && (
        <>
          <button type="button" data-testid="bulk-tag" onClick={() => show('bulk-tag')}>{t('library.bulkTag')}</button>
          <button type="button" data-testid="export-selected" onClick={() => show('export')}>{t('common.exportButton')}</button>
          <button type="button" className="link-button" data-testid="clear-selection" onClick={() => setChecked([])}>{t('library.clearSelection')}</button>
        </>
      )}
    </div>
  );
}

/** A title clicked or activated from the keyboard opens its article; the keyboard follows it to the raw pane. */
function focusReviewOnOpen(event: MouseEvent<HTMLElement>): void {
  const row = (event.target as Element).closest('.article-title')?.closest('[data-article-id]');
  if (row) focusRawPaneWhenOpened(Number(row.getAttribute('data-article-id')));
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
      <ul className="pane-scroll article-rows" onKeyDown={moveRowFocus} onClick={focusReviewOnOpen}>
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
