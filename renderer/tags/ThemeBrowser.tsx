import { useT } from '../i18n/use-t';
import { useLibraryStore } from '../stores/library-store';
import { useTagsStore } from '../stores/tags-store';
import { tagCount } from './tag-count';

/** Themes with article counts; a click filters the library by that theme. */
export function ThemeBrowser() {
  const t = useT();
  const themes = useTagsStore((state) => state.vocabulary?.themes);
  const counts = useTagsStore((state) => state.counts);
  const selectedTheme = useLibraryStore((state) => state.filters.theme);
  const setFilter = useLibraryStore((state) => state.setFilter);
  if (!themes?.length) return <p className="empty-note">{t('library.noVocabulary')}</p>;
  return (
    <ul className="theme-list" aria-label={t('tags.themes')} data-testid="theme-browser">
      {themes.map((theme) => (
        <li key={theme.name}>
          <button
            type="button"
            className="tree-item theme-item"
            data-testid="theme-item"
            data-theme={theme.name}
            aria-pressed={selectedTheme === theme.name}
            onClick={() => setFilter('theme', selectedTheme === theme.name ? undefined : theme.name)}
          >
            <span>{theme.name}</span>
            <span className="count">{tagCount(counts, 'theme', theme.name)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
