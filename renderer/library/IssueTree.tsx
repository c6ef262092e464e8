import { useMemo } from 'react';
import type { IssueGroup } from '../../core/model/library';
import { formatCalendarDate, formatDateTime } from '../dates/format-date';
import { useT } from '../i18n/use-t';
import { useLibraryStore } from '../stores/library-store';
import { TransferButton } from '../transfer/TransferButton';
import { useUiStore } from '../stores/ui-store';
import { pageTreeLabels, type PageTreeFormat } from './page-tree-labels';

/** 期 by date, each with its 版面. */
export function IssueTree() {
  const t = useT();
  const tree = useLibraryStore((state) => state.tree);
  const treeLoaded = useLibraryStore((state) => state.treeLoaded);
  const scope = useLibraryStore((state) => state.scope);
  const setScope = useLibraryStore((state) => state.setScope);
  const locale = useUiStore((state) => state.locale);
  const labels = useMemo(() => {
    const format: PageTreeFormat = {
      calendarDate: (date) => formatCalendarDate(date, locale),
      dateTime: (timestamp) => formatDateTime(timestamp, locale),
      fallback: (id) => t('library.pageFallback', { id }),
    };
    return new Map(tree.flatMap((group) => [...pageTreeLabels(group.pages, format)]));
  }, [tree, locale, t]);

  if (treeLoaded && tree.length === 0) return <p className="empty-note">{t('library.emptyLibrary')}</p>;
  const issueSelected = (group: IssueGroup) => scope.kind === 'issue' && scope.issueDate === group.issueDate;

  return (
    <nav className="issue-tree" aria-label={t('library.tabIssues')} data-testid="issue-tree">
      <TransferButton />
      <button type="button" className="tree-item" aria-current={scope.kind === 'all'} onClick={() => setScope({ kind: 'all' })}>
        {t('library.allIssues')}
      </button>
      {tree.map((group) => (
        <div key={group.issueDate ?? 'undated'} className="issue-group">
          <button
            type="button"
            className="tree-item issue-item"
            data-testid="issue-item"
            aria-current={issueSelected(group)}
            disabled={group.issueDate === null}
            onClick={() => group.issueDate && setScope({ kind: 'issue', issueDate: group.issueDate })}
          >
            <span>{group.issueDate ? t('library.issueDate', { date: formatCalendarDate(group.issueDate, locale) }) : t('library.undated')}</span>
            <span className="count">{t('library.pageCount', { count: group.pages.length })}</span>
          </button>
          <ul className="page-list">
            {group.pages.map((page) => {
              const { label, detail } = labels.get(page.id)!;
              return (
                <li key={page.id}>
                  <button
                    type="button"
                    className="tree-item page-item"
                    data-testid="page-item"
                    title={page.source}
                    data-source={page.source}
                    aria-current={scope.kind === 'page' && scope.pageId === page.id}
                    onClick={() => setScope({ kind: 'page', pageId: page.id })}
                  >
                    <span className="page-name">
                      {label}
                      {detail && <span className="page-detail"> · {detail}</span>}
                    </span>
                    <span className="count">{t('library.articleCount', { count: page.articleCount })}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
