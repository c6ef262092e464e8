// A library on a PostgreSQL server that several people use at once (issue #11).
// The same services as the local library over the PostgreSQL engine; what is
// SQLite's own (the file's backups, journal watch, integrity checks) is the
// server's business here: its administrator backs it up (pg_dump).
import { mkdirSync } from 'node:fs';
import { ApiError } from '../../core/api/api-error';
import { bilingual } from '../../core/api/bilingual';
import { createPostgresClient } from '../store/postgres/postgres-client';
import { createPostgresSearch } from '../store/postgres/postgres-search';
import { runPostgresMigrations } from '../store/postgres/run-postgres-migrations';
import { createPostgresChangeFeed } from '../store/postgres/postgres-change-feed';
import type { ChangeFeed } from '../store/change-feed';
import { loadDefaultVocabulary } from '../vocab/default-vocabulary';
import { createServices } from './create-services';
import type { Library } from './library';
import { describeSharedLocation, type SharedLocation } from './library-location';
import { sharedLibraryError } from './shared-library-errors';

export interface OpenSharedLibraryOptions {
  location: SharedLocation;
  /** This computer's folder: exports go there; nothing of the library itself. */
  dataDir: string;
  /** courts.json / themes.json written to a new, empty shared library. */
  vocabularyDir?: string;
  /** Who saves: shown in the revision history and to others with the same article open. The database user when not given. */
  person?: string;
  /** How long to wait for the server before saying it cannot be reached. */
  connectTimeoutMs?: number;
}

const serverBackups = () => new ApiError('unsupported', bilingual('共享文库由服务器管理员备份（pg_dump），不在本机备份。', "A shared library is backed up on the server by its administrator (pg_dump), not on this computer."));

/** Opens (and, for an empty or older database, sets up) a shared library; throws an ApiError that says what is wrong. */
export async function openSharedLibrary(options: OpenSharedLibraryOptions): Promise<Library> {
  const { location, dataDir } = options;
  mkdirSync(dataDir, { recursive: true });
  const connection = {
    host: location.host,
    port: location.port,
    database: location.database,
    user: location.user,
    password: location.password,
    ssl: location.tls ? { rejectUnauthorized: false } : false,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    application_name: 'qinggao',
    // A network that dies without a reset is noticed instead of waited on for ever.
    keepAlive: true,
  };
  const sql = createPostgresClient({ ...connection, max: 8 });
  let feed: ChangeFeed | null = null;
  try {
    const { from } = await runPostgresMigrations(sql);
    const person = options.person ?? location.user;
    let reloadVocabulary = (): void => undefined;
    // Another person's vocabulary edit reaches this app's cached lists (imports and suggestions read them).
    feed = createPostgresChangeFeed(sql, connection, person, (table) => {
      if (table === 'courts' || table === 'themes') reloadVocabulary();
    });
    const services = await createServices(sql, createPostgresSearch(sql), dataDir, { person }, feed);
    reloadVocabulary = () => void services.vocabulary.load().catch(() => undefined);
    // A new shared library starts with the court and theme lists, as a new local one does. Several
    // people may open it at the same moment: one writes the lists, the others wait and find them written.
    await services.store.transaction(async () => {
      await services.store.serialize('vocabulary');
      if (from === 0 && options.vocabularyDir && (await services.store.read.courts.list()).length === 0) {
        await services.vocabulary.replace(loadDefaultVocabulary(options.vocabularyDir));
      }
      await services.vocabulary.storeDerivedAliases();
    });
    // Read after the commit: loads inside a transaction do not fill the cache (see vocabulary-service.ts).
    await services.vocabulary.load();
    const where = describeSharedLocation(location);
    let closed = false;
    return {
      dataDir,
      file: where,
      health: { state: 'ok', message: null, latestBackup: null },
      get services() {
        return closed ? null : services;
      },
      database: null,
      backups: {
        list: () => [],
        create: () => Promise.reject(serverBackups()),
        restore: () => Promise.reject(serverBackups()),
        startSchedule: () => () => undefined,
      },
      unfinishedBackups: { removed: [], left: [] },
      whenChecked: () => Promise.resolve(),
      close() {
        if (closed) return;
        closed = true;
        // Ends in the background: nothing is written after close, and the pool waits for statements in flight.
        const stopFeed = feed ? feed.close() : Promise.resolve();
        void stopFeed.then(() => sql.close()).catch(() => undefined);
      },
    };
  } catch (error) {
    await feed?.close();
    await sql.close().catch(() => undefined);
    throw sharedLibraryError(error, location);
  }
}
