import { useState } from 'react';
import type { DuplicatePolicy } from '../../core/model/library';
import { useT } from '../i18n/use-t';
import { useDialogStore } from '../stores/dialog-store';
import { useImportStore } from '../stores/import-store';
import { Dialog } from '../ui/Dialog';
import { FilePickers } from './FilePickers';
import { ImportResults } from './ImportResults';
import { PasteTextForm } from './PasteTextForm';

const POLICIES: { policy: DuplicatePolicy; key: 'import.skip' | 'import.replace' | 'import.keepBoth' }[] = [
  { policy: 'skip', key: 'import.skip' },
  { policy: 'replace', key: 'import.replace' },
  { policy: 'keep-both', key: 'import.keepBoth' },
];

function ImportProgress() {
  const t = useT();
  const done = useImportStore((state) => state.done);
  const total = useImportStore((state) => state.total);
  const running = useImportStore((state) => state.running);
  if (total === 0) return null;
  return (
    <div className="import-progress">
      <progress max={total} value={done} data-testid="import-progress" />
      <span>{running ? t('import.running') : ''} {t('import.progress', { done, total })}</span>
    </div>
  );
}

export function ImportDialog() {
  const t = useT();
  const close = useDialogStore((state) => state.close);
  const policy = useImportStore((state) => state.policy);
  const setPolicy = useImportStore((state) => state.setPolicy);
  const [pasting, setPasting] = useState(false);

  return (
    <Dialog title={t('import.title')} onClose={close} testId="import-dialog" wide>
      <FilePickers onPaste={() => setPasting(true)} />
      <fieldset className="inline-options">
        <legend>{t('import.duplicates')}</legend>
        {POLICIES.map((option) => (
          <label key={option.policy}>
            <input type="radio" name="duplicate-policy" value={option.policy} checked={policy === option.policy} onChange={() => setPolicy(option.policy)} />
            {t(option.key)}
          </label>
        ))}
      </fieldset>
      {pasting && <PasteTextForm onDone={() => setPasting(false)} />}
      <ImportProgress />
      <ImportResults />
    </Dialog>
  );
}
