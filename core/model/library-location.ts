// Where the open library lives, as the 文库位置 dialog shows and sets it. The
// password is never part of what is shown: only whether one is remembered.

export interface SharedLocationFields {
  host: string;
  port: number;
  database: string;
  user: string;
  tls: boolean;
}

export type LibraryLocation =
  | { kind: 'local'; dataDir: string }
  | (SharedLocationFields & {
      kind: 'shared';
      /** Whether this computer keeps the password (encrypted by the system, desktop app only). */
      passwordSaved: boolean;
    });

export interface LibraryLocationInfo {
  location: LibraryLocation;
  /** The desktop app can keep a password encrypted by the system (Electron safeStorage); the web harness and CLI read it from the environment. */
  canSavePassword: boolean;
  /** The shared server last chosen, to offer again after switching to the local library. */
  lastShared: (SharedLocationFields & { passwordSaved: boolean }) | null;
  /** Set when the shared library could not be opened at start-up and the local one opened instead. */
  fallback: string | null;
}

/** Who else has an article open, and whether the library changed since the caller last asked. */
export interface LibraryChanges {
  /** Grows whenever someone (anyone, on any computer) saves, imports or deletes; compare with the last one seen. */
  cursor: number;
  /** Other people who have the asked-about article open right now (display names). */
  editors: string[];
}
