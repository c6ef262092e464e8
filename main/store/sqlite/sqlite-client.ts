// better-sqlite3 behind the async SqlClient. Every statement still runs
// synchronously on the one connection, so the only thing to guard is
// interleaving: while a transaction awaits, another request's statements would
// otherwise run inside it on the same connection (and see, or roll back with,
// its uncommitted rows). Transactions therefore queue one behind the other, and
// a statement from outside a transaction waits until none is open.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Database, Statement } from 'better-sqlite3';
import type { SqlClient, SqlValue } from '../sql/sql-client';
import { withSavepoint } from '../sql/with-savepoint';

export interface SqliteClient extends SqlClient {
  readonly engine: 'sqlite';
  /** The connection, for what only SQLite has (backups, pragmas, integrity checks). */
  readonly db: Database;
  /** Settles when no transaction is open or queued (before the connection is closed under them). */
  idle(): Promise<void>;
}

export function createSqliteClient(db: Database): SqliteClient {
  const statements = new Map<string, Statement<unknown[]>>();
  const inside = new AsyncLocalStorage<true>();
  // Settles when the last queued transaction has finished.
  let tail: Promise<void> = Promise.resolve();
  let open = 0;

  // pluck() is a mode of the statement itself, and statements are shared by text: every call sets the mode it reads in.
  const prepared = (sql: string): Statement<unknown[]> => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      // Statements are cached by text; schema changes (migrations, restore) clear the cache by making a new client.
      statements.set(sql, statement);
    }
    return statement;
  };
  const bind = (params: readonly SqlValue[]): unknown[] => params.map((value) => (typeof value === 'boolean' ? Number(value) : value));

  /** Outside a transaction, waits for the open ones; inside, runs at once. */
  async function turn(): Promise<void> {
    if (inside.getStore()) return;
    // Another transaction may have been queued behind the one waited for.
    while (open > 0) await tail;
  }

  /** Runs `work` as a transaction begun by `begin`, after every transaction queued before it. */
  async function queued<T>(begin: string, work: () => Promise<T>): Promise<T> {
    const previous = tail;
    let release!: () => void;
    tail = new Promise<void>((resolve) => (release = resolve));
    open++;
    try {
      await previous;
      db.exec(begin);
      try {
        const result = await inside.run(true, work);
        db.exec('COMMIT');
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
    } finally {
      open--;
      release();
    }
  }

  return {
    engine: 'sqlite',
    db,
    async all<T>(sql: string, params: readonly SqlValue[] = []) {
      await turn();
      return prepared(sql).pluck(false).all(...bind(params)) as T[];
    },
    async get<T>(sql: string, params: readonly SqlValue[] = []) {
      await turn();
      return prepared(sql).pluck(false).get(...bind(params)) as T | undefined;
    },
    async column<T>(sql: string, params: readonly SqlValue[] = []) {
      await turn();
      return prepared(sql).pluck().all(...bind(params)) as T[];
    },
    async value<T>(sql: string, params: readonly SqlValue[] = []) {
      await turn();
      return prepared(sql).pluck().get(...bind(params)) as T | undefined;
    },
    async run(sql: string, params: readonly SqlValue[] = []) {
      await turn();
      const statement = prepared(sql);
      // A statement with RETURNING is a reader in better-sqlite3: run it with all().
      if (statement.reader) return { changes: statement.all(...bind(params)).length };
      return { changes: statement.run(...bind(params)).changes };
    },
    async exec(script: string) {
      await turn();
      db.exec(script);
    },
    async transaction<T>(work: () => Promise<T>): Promise<T> {
      if (inside.getStore()) return withSavepoint((script) => db.exec(script), work);
      // IMMEDIATE: takes the write lock at once, so two processes never deadlock upgrading a read lock.
      return queued('BEGIN IMMEDIATE', work);
    },
    async snapshot<T>(work: () => Promise<T>): Promise<T> {
      if (inside.getStore()) return work();
      // DEFERRED: a read transaction (WAL gives it one state of the file from its first read on); it also works on a read-only library.
      return queued('BEGIN DEFERRED', work);
    },
    inTransaction: () => inside.getStore() === true,
    idle: turn,
    idList: (ids) => ({ sql: '(SELECT value FROM json_each(?))', param: JSON.stringify(ids) }),
    async close() {
      db.close();
    },
  };
}
