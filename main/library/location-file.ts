// This computer's choice of library, kept beside the local library (not in it:
// a shared library's settings are everyone's, this choice is one person's). A
// remembered password is stored only sealed by the system's keychain-backed
// encryption (Electron safeStorage, through SecretBox); without one it is not
// stored at all.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SharedLocationFields } from '../../core/model/library-location';

/** The system's encryption for secrets at rest; only the desktop shell has one. */
export interface SecretBox {
  seal(text: string): string;
  open(sealed: string): string;
}

export interface StoredLocation {
  kind: 'local' | 'shared';
  lastShared: (SharedLocationFields & { sealedPassword?: string }) | null;
}

const FILE_NAME = 'library-location.json';

export function readLocationFile(dataDir: string): StoredLocation {
  const file = join(dataDir, FILE_NAME);
  if (!existsSync(file)) return { kind: 'local', lastShared: null };
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<StoredLocation>;
    const shared = parsed.lastShared;
    const valid =
      shared && typeof shared.host === 'string' && typeof shared.port === 'number' && typeof shared.database === 'string' && typeof shared.user === 'string' && typeof shared.tls === 'boolean';
    return { kind: parsed.kind === 'shared' && valid ? 'shared' : 'local', lastShared: valid ? shared : null };
  } catch {
    // A damaged choice falls back to this computer's library; the file is rewritten at the next choice.
    return { kind: 'local', lastShared: null };
  }
}

export function writeLocationFile(dataDir: string, location: StoredLocation): void {
  const file = join(dataDir, FILE_NAME);
  // Written aside and renamed: a crash mid-write leaves the old choice, never half a file.
  writeFileSync(`${file}.tmp`, `${JSON.stringify(location, null, 2)}\n`, { mode: 0o600 });
  renameSync(`${file}.tmp`, file);
}
