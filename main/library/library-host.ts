// The library the app has open, and the choice of it (the 文库位置 dialog):
// this computer's SQLite library, or a shared PostgreSQL server. Handlers hold
// `host.library`, a facade that always speaks for the library open now, so
// switching needs nothing from them. A shared library that cannot be opened at
// start-up leaves the local one open and says why; one that cannot be opened
// from the dialog leaves the open library as it was.
import { ApiError } from '../../core/api/api-error';
import { bilingual } from '../../core/api/bilingual';
import type { LibraryChanges, LibraryLocation, LibraryLocationInfo, SharedLocationFields } from '../../core/model/library-location';
import type { TransferReport } from '../../core/model/transfer';
import { transferPages } from '../services/transfer-pages';
import type { Library } from './library';
import { describeSharedLocation, parseSharedLocation, type SharedLocation } from './library-location';
import { readLocationFile, writeLocationFile, type SecretBox, type StoredLocation } from './location-file';
import { openLibrary } from './open-library';
import { openSharedLibrary } from './open-shared-library';

export interface LibraryHostOptions {
  dataDir: string;
  seedsDir?: string;
  vocabularyDir?: string;
  /** The desktop app's sealed storage for a remembered password; absent in the web harness and CLI. */
  secrets?: SecretBox;
  /** A shared library named at start (the CLI's and web harness's `--db`, or QINGGAO_DB): opened instead of the remembered choice. */
  databaseUrl?: string;
  /** Where a password not in the URL comes from (PGPASSWORD / QINGGAO_DB_PASSWORD). */
  env?: NodeJS.ProcessEnv;
}

export interface LibraryHost {
  /** Always the library open now. */
  readonly library: Library;
  info(): LibraryLocationInfo;
  connect(request: { kind: 'local' } | (SharedLocationFields & { kind: 'shared'; password?: string; savePassword?: boolean })): Promise<LibraryLocationInfo>;
  changes(articleId?: number): Promise<LibraryChanges>;
  transfer(pageIds: readonly number[], to: 'shared' | 'local'): Promise<TransferReport>;
  /** The desktop shell's sealed storage, once it can answer (after Electron's ready). */
  setSecrets(secrets: SecretBox | undefined): void;
  close(): void;
}

export async function openLibraryHost(options: LibraryHostOptions): Promise<LibraryHost> {
  const env = options.env ?? {};
  let secrets = options.secrets;
  let stored: StoredLocation = readLocationFile(options.dataDir);
  let fallback: string | null = null;
  let current: { library: Library; location: LibraryLocation; shared: SharedLocation | null };

  const openLocal = async () => ({
    library: await openLibrary({ dataDir: options.dataDir, seedsDir: options.seedsDir, vocabularyDir: options.vocabularyDir }),
    location: { kind: 'local', dataDir: options.dataDir } as LibraryLocation,
    shared: null,
  });
  const openShared = async (shared: SharedLocation, passwordSaved: boolean) => ({
    library: await openSharedLibrary({ location: shared, dataDir: options.dataDir, vocabularyDir: options.vocabularyDir }),
    location: { kind: 'shared', host: shared.host, port: shared.port, database: shared.database, user: shared.user, tls: shared.tls, passwordSaved } as LibraryLocation,
    shared,
  });

  /** The remembered server with its password: sealed on this computer, else the environment's. */
  function rememberedShared(): SharedLocation | null {
    const last = stored.lastShared;
    if (!last) return null;
    const { sealedPassword, ...fields } = last;
    let password: string | undefined;
    if (sealedPassword && secrets) {
      try {
        password = secrets.open(sealedPassword);
      } catch {
        // Sealed by another account or machine: asked for again in the dialog.
      }
    }
    password ??= env.QINGGAO_DB_PASSWORD ?? env.PGPASSWORD;
    return { ...fields, ...(password ? { password } : {}) };
  }

  const named = options.databaseUrl ? parseSharedLocation(options.databaseUrl, env) : null;
  const startShared = named ?? (stored.kind === 'shared' ? rememberedShared() : null);
  if (startShared) {
    try {
      current = await openShared(startShared, named === null && Boolean(stored.lastShared?.sealedPassword));
    } catch (error) {
      // A server named on the command line is what was asked for: no quiet substitute.
      if (named) throw error;
      fallback = bilingual(
        `共享文库（${describeSharedLocation(startShared)}）打不开，已改用本机文库：`,
        `The shared library (${describeSharedLocation(startShared)}) could not be opened; this computer's library is open instead:`,
      ) + ` ${error instanceof Error ? error.message : String(error)}`;
      current = await openLocal();
    }
  } else {
    current = await openLocal();
  }

  const library: Library = {
    get dataDir() {
      return current.library.dataDir;
    },
    get file() {
      return current.library.file;
    },
    get health() {
      return current.library.health;
    },
    get services() {
      return current.library.services;
    },
    get database() {
      return current.library.database;
    },
    get backups() {
      return current.library.backups;
    },
    get unfinishedBackups() {
      return current.library.unfinishedBackups;
    },
    whenChecked: () => current.library.whenChecked(),
    close: () => current.library.close(),
  };

  function info(): LibraryLocationInfo {
    const last = stored.lastShared;
    return {
      location: current.location,
      canSavePassword: secrets !== undefined,
      lastShared: last ? { host: last.host, port: last.port, database: last.database, user: last.user, tls: last.tls, passwordSaved: Boolean(last.sealedPassword) } : null,
      fallback,
    };
  }

  return {
    library,
    info,
    async connect(request) {
      if (request.kind === 'local') {
        if (current.location.kind !== 'local') {
          const next = await openLocal();
          current.library.close();
          current = next;
        }
        stored = { ...stored, kind: 'local' };
      } else {
        const { kind: _kind, password: given, savePassword, ...fields } = request;
        const remembered = rememberedShared();
        const sameServer = remembered && remembered.host === fields.host && remembered.port === fields.port && remembered.database === fields.database && remembered.user === fields.user;
        const password = given ?? (sameServer ? remembered.password : undefined) ?? env.QINGGAO_DB_PASSWORD ?? env.PGPASSWORD;
        if (savePassword && given !== undefined && !secrets) {
          throw new ApiError('unsupported', bilingual('只有桌面版能在本机加密保存密码；网页版请用环境变量 PGPASSWORD。', 'Only the desktop app can keep a password (encrypted by the system); for the web harness set PGPASSWORD.'));
        }
        // Opened before anything is closed: a wrong password or an unreachable server leaves the open library as it was.
        const sealedPassword = savePassword && given !== undefined && secrets ? secrets.seal(given) : sameServer && given === undefined ? stored.lastShared?.sealedPassword : undefined;
        const next = await openShared({ ...fields, ...(password ? { password } : {}) }, Boolean(sealedPassword));
        current.library.close();
        current = next;
        stored = { kind: 'shared', lastShared: { ...fields, ...(sealedPassword ? { sealedPassword } : {}) } };
      }
      fallback = null;
      writeLocationFile(options.dataDir, stored);
      return info();
    },
    async changes(articleId) {
      const services = current.library.services;
      if (!services) return { cursor: 0, editors: [] };
      return services.changes(articleId);
    },
    async transfer(pageIds, to) {
      const here = current.location.kind === 'shared' ? 'shared' : 'local';
      if (to === here) throw new ApiError('invalid', bilingual(to === 'shared' ? '已经在共享文库中。' : '已经在本机文库中。', to === 'shared' ? 'This is the shared library already.' : "This is this computer's library already."));
      const fromServices = current.library.services;
      if (!fromServices) throw new ApiError('damaged', current.library.health.message ?? bilingual('文库不可用。', 'The library is not available.'));
      let other: Library;
      if (to === 'shared') {
        const shared = rememberedShared();
        if (!shared) throw new ApiError('invalid', bilingual('还没有设置共享文库：请先在“文库位置”中连接一次共享服务器。', 'No shared library is set up yet: connect to the shared server once in Library location.'));
        other = (await openShared(shared, false)).library;
      } else {
        other = (await openLocal()).library;
      }
      try {
        if (!other.services) throw new ApiError('damaged', other.health.message ?? bilingual('目标文库不可用。', 'The receiving library is not available.'));
        if (other.health.state === 'readonly') throw new ApiError('readonly', other.health.message ?? bilingual('目标文库只读。', 'The receiving library is read-only.'));
        return await transferPages(fromServices.store, other.services.store, pageIds);
      } finally {
        other.close();
      }
    },
    setSecrets(box) {
      secrets = box;
    },
    close: () => current.library.close(),
  };
}
