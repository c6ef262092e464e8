import type { LocationForm } from './location-form';
import { useT } from '../i18n/use-t';

interface SharedServerFieldsProps {
  form: LocationForm;
  canSavePassword: boolean;
  /** A password is remembered for the server as filled in: an empty field uses it. */
  passwordRemembered: boolean;
  disabled: boolean;
  onChange(changes: Partial<LocationForm>): void;
}

/** Host, port, database, user, password and TLS of a shared PostgreSQL server. */
export function SharedServerFields({ form, canSavePassword, passwordRemembered, disabled, onChange }: SharedServerFieldsProps) {
  const t = useT();
  const text = (key: 'host' | 'port' | 'database' | 'user', autoComplete: string) => (
    <label className="field">
      <span>{t(`sharedLibrary.${key}`)}</span>
      <input
        data-testid={`location-${key}`}
        value={form[key]}
        disabled={disabled}
        spellCheck={false}
        autoComplete={autoComplete}
        inputMode={key === 'port' ? 'numeric' : undefined}
        onChange={(event) => onChange({ [key]: event.target.value })}
      />
    </label>
  );
  return (
    <fieldset className="shared-server-fields" disabled={disabled}>
      {text('host', 'off')}
      {text('port', 'off')}
      {text('database', 'off')}
      {text('user', 'username')}
      <label className="field">
        <span>{t('sharedLibrary.password')}</span>
        <input type="password" data-testid="location-password" value={form.password} autoComplete="current-password" onChange={(event) => onChange({ password: event.target.value })} />
      </label>
      {(!canSavePassword || passwordRemembered) && (
        <p className="muted field-note" data-testid="location-password-note">
          {canSavePassword ? t('sharedLibrary.passwordSaved') : t('sharedLibrary.passwordFromEnvironment')}
        </p>
      )}
      <label className="checkbox-field">
        <input type="checkbox" data-testid="location-tls" checked={form.tls} onChange={(event) => onChange({ tls: event.target.checked })} />
        {t('sharedLibrary.tls')}
      </label>
      {canSavePassword && (
        <label className="checkbox-field">
          <input type="checkbox" data-testid="location-save-password" checked={form.savePassword} onChange={(event) => onChange({ savePassword: event.target.checked })} />
          {t('sharedLibrary.savePassword')}
        </label>
      )}
    </fieldset>
  );
}
