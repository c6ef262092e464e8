import { useT } from '../i18n/use-t';
import { useDialogStore } from '../stores/dialog-store';
import { useLibraryLocationStore } from '../stores/library-location-store';

/** At the head of the issue tree: 发送到共享文库… from this computer, 带回本机… from the shared library. */
export function TransferButton() {
  const t = useT();
  const show = useDialogStore((state) => state.show);
  const kind = useLibraryLocationStore((state) => state.info?.location.kind);
  const sharedKnown = useLibraryLocationStore((state) => !!state.info?.lastShared);
  // Nowhere to send to until a shared server was connected once: an editor who never chose one sees nothing new.
  if (!kind || (kind === 'local' && !sharedKnown)) return null;
  return (
    <button type="button" className="tree-item transfer-button" data-testid="open-transfer" onClick={() => show('transfer')}>
      {t(kind === 'shared' ? 'sharedLibrary.transferToLocal' : 'sharedLibrary.transferToShared')}
    </button>
  );
}
