import { ARTICLE_STATUSES, type ArticleStatus } from '../../core/model/library';
import { useT } from '../i18n/use-t';
import { useLibraryStore } from '../stores/library-store';
import { useTagsStore } from '../stores/tags-store';
import { DateFilterInput } from './DateFilterInput';
import { statusKey } from './status-key';

export function LibraryFilters() {
  const t = useT();
  const filters = useLibraryStore((state) => state.filters);
  const setFilter = useLibraryStore((state) => state.setFilter);
  const clearFilters = useLibraryStore((state) => state.clearFilters);
  const vocabulary = useTagsStore((state) => state.vocabulary);
  const active = Object.values(filters).some(Boolean);

  return (
    <fieldset className="filters" data-testid="library-filters">
      <legend>{t('library.filters')}</legend>
      <label>
        <span>{t('library.court')}</span>
        <select data-testid="filter-court" value={filters.court ?? ''} onChange={(event) => setFilter('court', event.target.value)}>
          <option value="">{t('library.anyCourt')}</option>
          {vocabulary?.courts.map((court) => <option key={court.name} value={court.name}>{court.name}</option>)}
        </select>
      </label>
      <label>
        <span>{t('library.theme')}</span>
        <select data-testid="filter-theme" value={filters.theme ?? ''} onChange={(event) => setFilter('theme', event.target.value)}>
          <option value="">{t('library.anyTheme')}</option>
          {vocabulary?.themes.map((theme) => <option key={theme.name} value={theme.name}>{theme.name}</option>)}
        </select>
      </label>
      <label>
        <span>{t('library.status')}</span>
        <select data-testid="filter-status" value={filters.status ?? ''} onChange={(event) => setFilter('status', (event.target.value || undefined) as ArticleStatus | undefined)}>
          <option value="">{t('library.anyStatus')}</option>
          {ARTICLE_STATUSES.map((status) => <option key={status} value={status}>{t(statusKey(status))}</option>)}
        </select>
      </label>
      <div className="date-range">
        <label>
          <span>{t('library.dateFrom')}</span>
          <DateFilterInput testId="filter-date-from" value={filters.dateFrom} onChange={(date) => setFilter('dateFrom', date)} />
        </label>
        <label>
          <span>{t('library.dateTo')}</span>
          <DateFilterInput testId="filter-date-to" value={filters.dateTo} onChange={(date) => setFilter('dateTo', date)} />
        </label>
      </div>
      {active && <button type="button" className="link-button" onClick={clearFilters}>{t('library.clearFilters')}</button>}
    </fieldset>
  );
}
