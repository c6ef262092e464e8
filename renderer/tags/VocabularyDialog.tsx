import { useEffect, useState } from 'react';
import { useT } from '../i18n/use-t';
import { useDialogStore } from '../stores/dialog-store';
import { useTagsStore } from '../stores/tags-store';
import { Dialog } from '../ui/Dialog';
import { tagCount } from './tag-count';
import { VocabularyAddForm } from './VocabularyAddForm';
import { VocabularyEntryEditor } from './VocabularyEntryEditor';
import { VocabularyTransfer } from './VocabularyTransfer';

export type VocabularyKind = 'court' | 'theme';

/** Vocabulary screen: pick courts or themes, pick an entry, edit it; import/export below. */
export function VocabularyDialog() {
  const t = useT();
  const close = useDialogStore((state) => state.close);
  const vocabulary = useTagsStore((state) => state.vocabulary);
  const counts = useTagsStore((state) => state.counts);
  const error = useTagsStore((state) => state.error);
  const [kind, setKind] = useState<VocabularyKind>('court');
  const [selected, setSelected] = useState<string | null>(null);
  useEffect(() => useTagsStore.getState().clearMessages(), []);
  const names = kind === 'court' ? (vocabulary?.courts ?? []).map((court) => court.name) : (vocabulary?.themes ?? []).map((theme) => theme.name);

  return (
    <Dialog title={t('vocabulary.title')} onClose={close} testId="vocabulary-dialog" wide>
      <div className="tabs" role="tablist">
        {(['court', 'theme'] as const).map((option) => (
          <button key={option} type="button" role="tab" aria-selected={kind === option} onClick={() => { setKind(option); setSelected(null); }}>
            {t(option === 'court' ? 'vocabulary.courts' : 'vocabulary.themes')}
          </button>
        ))}
      </div>
      {error && <p className="error-note" role="alert">{t('common.errorPrefix', { message: error })}</p>}
      <div className="vocabulary-layout">
        <ul className="vocabulary-list" data-testid="vocabulary-list">
          {names.map((name) => (
            <li key={name}>
              <button type="button" className="tree-item" aria-pressed={selected === name} onClick={() => setSelected(name)}>
                <span>{name}</span>
                <span className="count">{tagCount(counts, kind, name)}</span>
              </button>
            </li>
          ))}
        </ul>
        <div className="vocabulary-side">
          <VocabularyAddForm kind={kind} />
          {selected && names.includes(selected) && <VocabularyEntryEditor key={`${kind}:${selected}`} kind={kind} name={selected} names={names} onGone={(next) => setSelected(next)} />}
        </div>
      </div>
      <VocabularyTransfer />
    </Dialog>
  );
}
