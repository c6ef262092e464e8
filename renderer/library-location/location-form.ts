// The 文库位置 form as the editor fills it in, and the library:connect request
// it makes. Kept apart from the dialog so what is sent can be tested.
import type { RequestOf } from '../../core/api/contract';
import type { LibraryLocationInfo } from '../../core/model/library-location';

export const DEFAULT_POSTGRES_PORT = 5432;

export interface LocationForm {
  kind: 'local' | 'shared';
  host: string;
  /** As typed: checked when the form is sent. */
  port: string;
  database: string;
  user: string;
  password: string;
  tls: boolean;
  savePassword: boolean;
}

export type LocationFormProblem = 'missingHost' | 'badPort' | 'missingDatabase' | 'missingUser';

export type ConnectRequest = RequestOf<'library:connect'>;

/** The open library's choice, the server shown being the one open now, else the one chosen last. */
export function formFromInfo(info: LibraryLocationInfo | null): LocationForm {
  const location = info?.location;
  const server = location?.kind === 'shared' ? location : (info?.lastShared ?? null);
  return {
    kind: location?.kind ?? 'local',
    host: server?.host ?? '',
    port: String(server?.port ?? DEFAULT_POSTGRES_PORT),
    database: server?.database ?? '',
    user: server?.user ?? '',
    password: '',
    tls: server?.tls ?? false,
    savePassword: server?.passwordSaved ?? false,
  };
}

/**
 * The request for the form, or what is missing. An empty password is left out, so main uses the
 * remembered one (or PGPASSWORD); remembering is asked for only with a password typed here and
 * only where this computer can keep it.
 */
export function connectRequestFromForm(form: LocationForm, canSavePassword: boolean): { request: ConnectRequest } | { problem: LocationFormProblem } {
  if (form.kind === 'local') return { request: { kind: 'local' } };
  const host = form.host.trim();
  const database = form.database.trim();
  const user = form.user.trim();
  const port = /^\d{1,5}$/.test(form.port.trim()) ? Number(form.port.trim()) : NaN;
  if (!host) return { problem: 'missingHost' };
  if (!(port >= 1 && port <= 65_535)) return { problem: 'badPort' };
  if (!database) return { problem: 'missingDatabase' };
  if (!user) return { problem: 'missingUser' };
  const password = form.password === '' ? undefined : form.password;
  return {
    request: {
      kind: 'shared',
      host,
      port,
      database,
      user,
      tls: form.tls,
      ...(password !== undefined ? { password } : {}),
      ...(password !== undefined && canSavePassword ? { savePassword: form.savePassword } : {}),
    },
  };
}
