import { useEffect, useMemo, useState } from 'react';
import { useT } from '../i18n/use-t';
import { useDialogStore } from '../stores/dialog-store';
import { useLibraryLocationStore } from '../stores/library-location-store';
import { useLibraryStore } from '../stores/library-store';
import { useTransferStore } from '../stores/transfer-store';
import { Dialog } from '../ui/Dialog';
import { defaultTargetKind, transferTargets, type TransferTargetKind } from './transfer-targets';
import { TransferResults } from './TransferResults';
import '../library-location/library-location.css';

/** 发送到共享文库 from this computer's library, 带回本机 from the shared one: pages with their articles, history and tags. */
export function TransferDialog() {
  const t = useT();
  const close = useDialogStore((state) => state.close);
  const info = useLibraryLocationStore((state) => state.info);
  const tree = useLibraryStore((state) => state.tree);
  const scope = useLibraryStore((state) => state.scope);
  const checkedCount = useLibraryStore((state) => state.checkedIds.length);
  const running = useTransferStore((state) => state.running);
  const targets = useMemo(() => transferTargets(tree, scope), [tree, scope]);
  const [kind, setKind] = useState<TransferTargetKind | null>(() => defaultTargetKind(targets, checkedCount));
  useEffect(() => useTransferStore.getState().reset(), []);

  const to = info?.location.kind === 'shared' ? 'local' : 'shared';
  const noShared = to === 'shared' && !info?.lastShared;
  const run = async () => {
    const pageIds = kind === 'checked' ? await useTransferStore.getState().pagesOfChecked() : kind === 'page' && targets.page !== null ? [targets.page] : kind === 'issue' ? targets.issue : [];
    await useTransferStore.getState().send(pageIds, to);
  };
  const option = (value: TransferTargetKind, label: string, available: boolean) => (
    <label>
      <input type="radio" name="transfer-target" data-testid={`transfer-target-${value}`} checked={kind === value} disabled={!available || running} onChange={() => setKind(value)} />
      {label}
    </label>
  );

  return (
    <Dialog title={t(to === 'shared' ? 'sharedLibrary.transferTitleShared' : 'sharedLibrary.transferTitleLocal')} onClose={close} testId="transfer-dialog" wide>
      <form onSubmit={(event) => { event.preventDefault(); void run(); }}>
        <fieldset>
          <legend>{t('sharedLibrary.transferWhat')}</legend>
          {option('page', t('sharedLibrary.transferPage'), targets.page !== null)}
          {option('issue', t('sharedLibrary.transferIssue', { count: targets.issue.length }), targets.issue.length > 0)}
          {option('checked', t('sharedLibrary.transferChecked', { count: checkedCount }), checkedCount > 0)}
        </fieldset>
        {kind === null && <p className="muted">{t('sharedLibrary.transferNothing')}</p>}
        {noShared && <p className="error-note" role="alert">{t('sharedLibrary.transferNoShared')}</p>}
        <div className="button-row">
          <button type="submit" className="primary" data-testid="transfer-run" disabled={running || kind === null || noShared}>
            {running ? t('sharedLibrary.transferRunning') : t('sharedLibrary.transferRun')}
          </button>
        </div>
      </form>
      <TransferResults />
    </Dialog>
  );
}
