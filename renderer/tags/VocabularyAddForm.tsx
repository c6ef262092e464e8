import { useState } from 'react';
import type { CourtLevel } from '../../core/model/vocabulary';
import { useT } from '../i18n/use-t';
import { useTagsStore } from '../stores/tags-store';
import type { VocabularyKind } from './VocabularyDialog';

const LEVELS: { level: CourtLevel; key: 'tags.levelHigh' | 'tags.levelIntermediate' | 'tags.levelBasic' | 'tags.levelSpecial' }[] = [
  { level: 'high', key: 'tags.levelHigh' },
  { level: 'intermediate', key: 'tags.levelIntermediate' },
  { level: 'basic', key: 'tags.levelBasic' },
  { level: 'special', key: 'tags.levelSpecial' },
];

export function VocabularyAddForm({ kind }: { kind: VocabularyKind }) {
  const t = useT();
  const courts = useTagsStore((state) => state.vocabulary?.courts);
  const editVocabulary = useTagsStore((state) => state.editVocabulary);
  const [name, setName] = useState('');
  const [level, setLevel] = useState<CourtLevel>('basic');
  const [parent, setParent] = useState('');

  const submit = async () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    const ok = await editVocabulary(
      kind === 'court' ? { op: 'add-court', court: { name: trimmed, level, parent: parent || null } } : { op: 'add-theme', theme: { name: trimmed } },
    );
    if (ok) setName('');
  };

  return (
    <form className="vocabulary-form" onSubmit={(event) => { event.preventDefault(); void submit(); }}>
      <label className="field">
        <span>{t('vocabulary.name')}</span>
        <input value={name} data-testid="vocabulary-new-name" onChange={(event) => setName(event.target.value)} />
      </label>
      {kind === 'court' && (
        <>
          <label className="field">
            <span>{t('vocabulary.level')}</span>
            <select value={level} onChange={(event) => setLevel(event.target.value as CourtLevel)}>
              {LEVELS.map((option) => <option key={option.level} value={option.level}>{t(option.key)}</option>)}
            </select>
          </label>
          <label className="field">
            <span>{t('vocabulary.parent')}</span>
            <select value={parent} onChange={(event) => setParent(event.target.value)}>
              <option value="" />
              {courts?.filter((court) => court.level !== 'basic').map((court) => <option key={court.name} value={court.name}>{court.name}</option>)}
            </select>
          </label>
        </>
      )}
      <button type="submit" className="primary" disabled={!name.trim()}>{t('vocabulary.add')}</button>
    </form>
  );
}
