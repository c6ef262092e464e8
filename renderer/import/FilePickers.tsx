import { useRef, type ChangeEvent } from 'react';
import { useT } from '../i18n/use-t';
import { useImportStore } from '../stores/import-store';

/** What the file chooser offers: page text and PDFs (main also knows a PDF by its signature, whatever its name). */
const PAGE_FILE_TYPES = '.txt,.md,.pdf,text/plain,text/markdown,application/pdf';

/** Hidden file inputs behind ordinary buttons: files, a whole folder, or pasted text. */
export function FilePickers({ onPaste }: { onPaste(): void }) {
  const t = useT();
  const running = useImportStore((state) => state.running);
  const importFiles = useImportStore((state) => state.importFiles);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  const onChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    void importFiles(files);
  };

  return (
    <div className="button-row">
      <button type="button" className="primary" disabled={running} onClick={() => filesInput.current?.click()}>{t('import.chooseFiles')}</button>
      <button type="button" disabled={running} onClick={() => folderInput.current?.click()}>{t('import.chooseFolder')}</button>
      <button type="button" disabled={running} onClick={onPaste}>{t('import.pasteText')}</button>
      <input ref={filesInput} type="file" multiple hidden accept={PAGE_FILE_TYPES} data-testid="import-files-input" onChange={onChosen} />
      {/* webkitdirectory is not in React's attribute types; an empty string turns it on. */}
      <input ref={folderInput} type="file" multiple hidden data-testid="import-folder-input" {...{ webkitdirectory: '' }} onChange={onChosen} />
    </div>
  );
}
