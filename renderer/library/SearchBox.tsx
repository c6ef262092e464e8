import { useEffect, useState } from 'react';
import { useT } from '../i18n/use-t';
import { useLibraryStore } from '../stores/library-store';

const SEARCH_DELAY_MS = 250;

export function SearchBox() {
  const t = useT();
  const query = useLibraryStore((state) => state.query);
  const setQuery = useLibraryStore((state) => state.setQuery);
  const [draft, setDraft] = useState(query);

  useEffect(() => {
    if (draft === useLibraryStore.getState().query) return;
    const timer = setTimeout(() => setQuery(draft), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, setQuery]);

  return (
    <div className="search-box">
      <input
        type="search"
        aria-label={t('library.searchLabel')}
        placeholder={t('library.searchPlaceholder')}
        value={draft}
        data-testid="search-input"
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') setQuery(draft);
        }}
      />
    </div>
  );
}
