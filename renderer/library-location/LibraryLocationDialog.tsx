import { useEffect, useState } from 'react';
import type { LibraryLocationInfo } from '../../core/model/library-location';
import { useT } from '../i18n/use-t';
import { useDialogStore } from '../stores/dialog-store';
import { useLibraryLocationStore } from '../stores/library-location-store';
import { Dialog } from '../ui/Dialog';
import { describeLocation } from './describe-location';
import { connectRequestFromForm, formFromInfo, type ConnectRequest, type LocationForm } from './location-form';
import { SharedServerFields } from './SharedServerFields';
import './library-location.css';

function passwordRemembered(info: LibraryLocationInfo | null, form: LocationForm): boolean {
  const last = info?.lastShared;
  return !!last?.passwordSaved && last.host === form.host.trim() && String(last.port) === form.port.trim() && last.database === form.database.trim() && last.user === form.user.trim();
}

/** 文库位置: this computer's library or a shared server; a failed connect leaves the open library as it was. */
export function LibraryLocationDialog() {
  const t = useT();
  const close = useDialogStore((state) => state.close);
  const info = useLibraryLocationStore((state) => state.info);
  const connecting = useLibraryLocationStore((state) => state.connecting);
  const error = useLibraryLocationStore((state) => state.error);
  const blockedByUnsaved = useLibraryLocationStore((state) => state.blockedByUnsaved);
  const [form, setForm] = useState<LocationForm | null>(() => (info ? formFromInfo(info) : null));

  useEffect(() => {
    useLibraryLocationStore.getState().setError(null);
    void useLibraryLocationStore.getState().load();
  }, []);
  // The form is filled from main's answer once; what the editor types after that is theirs.
  useEffect(() => {
    if (info && !form) setForm(formFromInfo(info));
  }, [info, form]);

  const change = (changes: Partial<LocationForm>) => setForm((current) => (current ? { ...current, ...changes } : current));
  const run = async (request: ConnectRequest) => {
    if (await useLibraryLocationStore.getState().connect(request)) close();
  };
  const submit = () => {
    if (!form) return;
    const outcome = connectRequestFromForm(form, info?.canSavePassword ?? false);
    if ('problem' in outcome) useLibraryLocationStore.getState().setError(t(`sharedLibrary.${outcome.problem}`));
    else void run(outcome.request);
  };

  return (
    <Dialog title={t('sharedLibrary.locationTitle')} onClose={close} testId="library-location-dialog">
      <p className="location-current" data-testid="location-current">
        <span className="muted">{t('sharedLibrary.currentLabel')}</span> {info ? describeLocation(info.location, t) : t('common.loading')}
      </p>
      {form && (
        <form className="location-form" aria-busy={connecting} onSubmit={(event) => { event.preventDefault(); submit(); }}>
          <fieldset className="inline-options" disabled={connecting}>
            <legend>{t('sharedLibrary.choiceLegend')}</legend>
            <label>
              <input type="radio" name="library-kind" data-testid="location-kind-local" checked={form.kind === 'local'} onChange={() => change({ kind: 'local' })} />
              {t('sharedLibrary.choiceLocal')}
            </label>
            <label>
              <input type="radio" name="library-kind" data-testid="location-kind-shared" checked={form.kind === 'shared'} onChange={() => change({ kind: 'shared' })} />
              {t('sharedLibrary.choiceShared')}
            </label>
          </fieldset>
          {form.kind === 'shared' && (
            <SharedServerFields form={form} canSavePassword={info?.canSavePassword ?? false} passwordRemembered={passwordRemembered(info, form)} disabled={connecting} onChange={change} />
          )}
          {(error || blockedByUnsaved) && (
            <div className="location-error" role="alert" data-testid="location-error">
              <p>{blockedByUnsaved ? t('sharedLibrary.unsavedChanges') : error}</p>
              {error && (
                <button type="button" data-testid="location-use-local" disabled={connecting} onClick={() => void run({ kind: 'local' })}>
                  {t('sharedLibrary.useLocal')}
                </button>
              )}
            </div>
          )}
          <div className="button-row">
            <button type="submit" className="primary" data-testid="location-connect" disabled={connecting}>
              {connecting ? t('sharedLibrary.connecting') : t('sharedLibrary.connect')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
