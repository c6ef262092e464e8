import { useState } from 'react';
import { useT } from '../i18n/use-t';
import { CourtBrowser } from '../tags/CourtBrowser';
import { ThemeBrowser } from '../tags/ThemeBrowser';
import { IssueTree } from './IssueTree';
import { LibraryFilters } from './LibraryFilters';
import { SearchBox } from './SearchBox';

type Tab = 'issues' | 'courts' | 'themes';

const TABS: { tab: Tab; key: 'library.tabIssues' | 'library.tabCourts' | 'library.tabThemes' }[] = [
  { tab: 'issues', key: 'library.tabIssues' },
  { tab: 'courts', key: 'library.tabCourts' },
  { tab: 'themes', key: 'library.tabThemes' },
];

/** Left pane: search, filters, and the library browsed by issue, court or theme. */
export function LibraryPane() {
  const t = useT();
  const [tab, setTab] = useState<Tab>('issues');
  return (
    <aside className="pane library-pane" aria-label={t('library.title')} data-testid="library-pane">
      <h2 className="pane-title">{t('library.title')}</h2>
      <SearchBox />
      <LibraryFilters />
      <div className="tabs" role="tablist">
        {TABS.map((entry) => (
          <button key={entry.tab} type="button" role="tab" aria-selected={tab === entry.tab} data-testid={`library-tab-${entry.tab}`} onClick={() => setTab(entry.tab)}>
            {t(entry.key)}
          </button>
        ))}
      </div>
      <div className="pane-scroll" role="tabpanel">
        {tab === 'issues' && <IssueTree />}
        {tab === 'courts' && <CourtBrowser />}
        {tab === 'themes' && <ThemeBrowser />}
      </div>
    </aside>
  );
}
