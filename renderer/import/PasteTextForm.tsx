import { useState } from 'react';
import { useT } from '../i18n/use-t';
import { useImportStore } from '../stores/import-store';

export function PasteTextForm({ onDone }: { onDone(): void }) {
  const t = useT();
  const running = useImportStore((state) => state.running);
  const importText = useImportStore((state) => state.importText);
  const [name, setName] = useState(() => t('import.pasteDefaultName'));
  const [text, setText] = useState('');

  return (
    <form
      className="paste-form"
      data-testid="paste-form"
      onSubmit={(event) => {
        event.preventDefault();
        void importText(name.trim() || t('import.pasteDefaultName'), text).then(onDone);
      }}
    >
      <h3>{t('import.pasteTitle')}</h3>
      <label>
        <span>{t('import.pasteName')}</span>
        <input value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <label>
        <span>{t('import.pasteBody')}</span>
        <textarea rows={8} value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <div className="button-row">
        <button type="submit" className="primary" disabled={running || !text.trim()}>{t('import.pasteSubmit')}</button>
        <button type="button" onClick={onDone}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
