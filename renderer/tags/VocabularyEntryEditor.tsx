import { useState } from 'react';
import { useT } from '../i18n/use-t';
import { useTagsStore } from '../stores/tags-store';
import type { VocabularyKind } from './VocabularyDialog';

interface EntryEditorProps {
  kind: VocabularyKind;
  name: string;
  names: string[];
  /** Called after the entry was renamed, merged or deleted, with the name to select next. */
  onGone(next: string | null): void;
}

/** One alias; a derived one carries the 「自动」 mark, and removing it keeps it from being derived again. */
function AliasChip({ alias, derived, onRemove }: { alias: string; derived: boolean; onRemove(): void }) {
  const t = useT();
  return (
    <li className={derived ? 'tag-chip alias-derived' : 'tag-chip'} title={derived ? t('vocabulary.derivedAliasHint') : undefined}>
      {derived && <span className="chip-marker">{t('vocabulary.derivedAlias')}</span>}
      {alias}
      <button type="button" className="icon-button" aria-label={`${t('vocabulary.delete')} ${alias}`} onClick={onRemove}>×</button>
    </li>
  );
}

/** Rename, aliases (courts), merge into another entry, delete with the tags moved elsewhere. */
export function VocabularyEntryEditor({ kind, name, names, onGone }: EntryEditorProps) {
  const t = useT();
  const court = useTagsStore((state) => state.vocabulary?.courts.find((entry) => entry.name === name));
  const editVocabulary = useTagsStore((state) => state.editVocabulary);
  const [newName, setNewName] = useState(name);
  const [alias, setAlias] = useState('');
  const [target, setTarget] = useState('');
  const others = names.filter((other) => other !== name);

  return (
    <div className="vocabulary-entry" data-testid="vocabulary-entry">
      <h3>{name}</h3>
      <div className="inline-form">
        <input aria-label={t('vocabulary.newName')} value={newName} onChange={(event) => setNewName(event.target.value)} />
        <button type="button" disabled={!newName.trim() || newName.trim() === name} onClick={() => void editVocabulary({ op: 'rename', kind, from: name, to: newName.trim() }).then((ok) => ok && onGone(newName.trim()))}>
          {t('vocabulary.rename')}
        </button>
      </div>
      {kind === 'court' && (
        <div className="aliases">
          <span>{t('vocabulary.aliases')}</span>
          <ul className="tag-chips" aria-label={t('vocabulary.aliases')}>
            {court?.aliases.map((existing) => (
              <AliasChip key={existing} alias={existing} derived={false} onRemove={() => void editVocabulary({ op: 'remove-alias', court: name, alias: existing })} />
            ))}
            {court?.derivedAliases?.map((existing) => (
              <AliasChip key={existing} alias={existing} derived onRemove={() => void editVocabulary({ op: 'remove-alias', court: name, alias: existing })} />
            ))}
          </ul>
          <div className="inline-form">
            <input aria-label={t('vocabulary.addAlias')} value={alias} onChange={(event) => setAlias(event.target.value)} />
            <button type="button" disabled={!alias.trim()} onClick={() => void editVocabulary({ op: 'add-alias', court: name, alias: alias.trim() }).then((ok) => ok && setAlias(''))}>{t('vocabulary.addAlias')}</button>
          </div>
        </div>
      )}
      <div className="inline-form">
        <span className="muted">{t('vocabulary.reassignTo')}</span>
        <select aria-label={t('vocabulary.reassignTo')} value={target} onChange={(event) => setTarget(event.target.value)}>
          <option value="">{t('vocabulary.reassignNone')}</option>
          {others.map((other) => <option key={other} value={other}>{other}</option>)}
        </select>
        <button type="button" disabled={!target} onClick={() => void editVocabulary({ op: 'merge', kind, from: name, into: target }).then((ok) => ok && onGone(target))}>{t('vocabulary.merge')}</button>
        <button type="button" className="danger" onClick={() => void editVocabulary({ op: 'delete', kind, name, reassignTo: target || null }).then((ok) => ok && onGone(null))}>{t('vocabulary.delete')}</button>
      </div>
    </div>
  );
}
