import { useEffect, useMemo, useState } from 'react';
import { useT } from '../i18n/use-t';
import { useDialogStore } from '../stores/dialog-store';
import { useLibraryStore } from '../stores/library-store';
import { useTagsStore, type TagRef } from '../stores/tags-store';
import { Dialog } from '../ui/Dialog';

/** Add or remove one court or theme on every checked article (tags:bulk). */
export function BulkTagDialog() {
  const t = useT();
  const close = useDialogStore((state) => state.close);
  const checkedIds = useLibraryStore((state) => state.checkedIds);
  const vocabulary = useTagsStore((state) => state.vocabulary);
  const bulkTag = useTagsStore((state) => state.bulkTag);
  const running = useTagsStore((state) => state.bulkRunning);
  const updated = useTagsStore((state) => state.bulkUpdated);
  const error = useTagsStore((state) => state.error);
  const [choice, setChoice] = useState('');
  useEffect(() => useTagsStore.getState().clearMessages(), []);
  const options = useMemo(
    () => [...(vocabulary?.courts ?? []).map((court) => `court:${court.name}`), ...(vocabulary?.themes ?? []).map((theme) => `theme:${theme.name}`)],
    [vocabulary],
  );
  const tag: TagRef | null = choice ? { type: choice.startsWith('court:') ? 'court' : 'theme', name: choice.slice(choice.indexOf(':') + 1) } : null;

  return (
    <Dialog title={t('tags.bulkTitle', { count: checkedIds.length })} onClose={close} testId="bulk-tag-dialog">
      <select aria-label={t('tags.panelTitle')} data-testid="bulk-tag-choice" value={choice} onChange={(event) => setChoice(event.target.value)}>
        <option value="" />
        <optgroup label={t('tags.courts')}>
          {options.filter((option) => option.startsWith('court:')).map((option) => <option key={option} value={option}>{option.slice(6)}</option>)}
        </optgroup>
        <optgroup label={t('tags.themes')}>
          {options.filter((option) => option.startsWith('theme:')).map((option) => <option key={option} value={option}>{option.slice(6)}</option>)}
        </optgroup>
      </select>
      <div className="button-row">
        <button type="button" className="primary" data-testid="bulk-add" disabled={!tag || running} onClick={() => tag && void bulkTag(checkedIds, [tag], [])}>{t('tags.bulkAdd')}</button>
        <button type="button" data-testid="bulk-remove" disabled={!tag || running} onClick={() => tag && void bulkTag(checkedIds, [], [tag])}>{t('tags.bulkRemove')}</button>
      </div>
      {updated !== null && <p role="status">{t('tags.bulkDone', { updated })}</p>}
      {error && <p className="error-note" role="alert">{t('common.errorPrefix', { message: error })}</p>}
    </Dialog>
  );
}
