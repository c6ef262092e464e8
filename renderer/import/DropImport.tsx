import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/use-t';
import { useDialogStore } from '../stores/dialog-store';
import { useImportStore } from '../stores/import-store';
import { droppedFiles } from './dropped-files';
import './drop-import.css';

/** Files from the desktop, not text or a break mark dragged inside the page. */
function carriesFiles(event: DragEvent): boolean {
  return !!event.dataTransfer && Array.from(event.dataTransfer.types).includes('Files');
}

/** Files or folders dropped anywhere on the window — the import dialog included — are imported as if chosen in it, with its report. */
async function importDropped(dataTransfer: DataTransfer): Promise<void> {
  const pending = droppedFiles(dataTransfer);
  useDialogStore.getState().show('import');
  const files = await pending;
  if (files.length === 0) return useImportStore.getState().reset();
  await useImportStore.getState().importFiles(files);
}

/** Listens for drops on the whole window and shows 松开以导入 over everything, open dialogs too, while files are dragged. */
export function DropImport() {
  const t = useT();
  const [dragging, setDragging] = useState(false);
  const overlay = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser (or Electron) would open the file in place of the app.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    // Leaving the window: moving between elements inside it names the element entered.
    const onDragLeave = (event: DragEvent) => event.relatedTarget === null && setDragging(false);
    const onDrop = (event: DragEvent) => {
      setDragging(false);
      if (!carriesFiles(event) || !event.dataTransfer) return;
      // Captured before the editor sees it: a file dropped on the text is imported, not pasted in.
      event.preventDefault();
      event.stopPropagation();
      void importDropped(event.dataTransfer);
    };
    const onDragEnd = () => setDragging(false);
    window.addEventListener('dragenter', onDragOver);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop, true);
    window.addEventListener('dragend', onDragEnd);
    return () => {
      window.removeEventListener('dragenter', onDragOver);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop, true);
      window.removeEventListener('dragend', onDragEnd);
    };
  }, []);

  // A popover sits in the top layer, above a modal dialog that is already open.
  useEffect(() => {
    const element = overlay.current;
    if (!element) return;
    if (dragging && !element.matches(':popover-open')) element.showPopover();
    if (!dragging && element.matches(':popover-open')) element.hidePopover();
  }, [dragging]);

  return (
    <div ref={overlay} popover="manual" className="drop-overlay" data-testid="drop-overlay" aria-hidden={!dragging}>
      <div className="drop-message">
        <strong>{t('import.dropHere')}</strong>
        <span>{t('import.dropHint')}</span>
      </div>
    </div>
  );
}
