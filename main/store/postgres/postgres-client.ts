// node-postgres behind the async SqlClient. A pool serves statements outside
// transactions; a transaction holds one pooled connection from BEGIN to COMMIT,
// and every statement made while it runs is routed to that connection through
// AsyncLocalStorage (see SqlClient.transaction).
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import type { SqlClient, SqlValue } from '../sql/sql-client';
import { withSavepoint } from '../sql/with-savepoint';
import { endedBeforeRunning, reportConnectionLoss } from './connection-loss';

export interface PostgresClient extends SqlClient {
  readonly engine: 'postgres';
  readonly pool: pg.Pool;
}

// Counts and ids come back as int8; ours stay far below 2^53, and the services expect numbers as SQLite gives them.
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/** `?` placeholders numbered as PostgreSQL wants them ($1, $2, …); cached per SQL text. */
const numbered = new Map<string, string>();
export function numberPlaceholders(sql: string): string {
  let result = numbered.get(sql);
  if (result === undefined) {
    let index = 0;
    result = sql.replace(/\?/g, () => `$${++index}`);
    numbered.set(sql, result);
  }
  return result;
}

interface Transaction {
  readonly connection: pg.PoolClient;
  open: boolean;
}

const bind = (params: readonly SqlValue[]): unknown[] => params.map((value) => (value instanceof Uint8Array && !Buffer.isBuffer(value) ? Buffer.from(value) : value));

export function createPostgresClient(config: pg.PoolConfig): PostgresClient {
  const pool = new pg.Pool({ ...config, types });
  // An idle connection the server dropped must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const current = new AsyncLocalStorage<Transaction>();
  // A statement joins the transaction of its async context only while that transaction is open: one scheduled
  // inside it that runs after COMMIT must not go to the released connection, which may already be serving
  // another caller's transaction (and would commit or roll back with it).
  const openConnection = (): pg.PoolClient | undefined => {
    const transaction = current.getStore();
    return transaction?.open ? transaction.connection : undefined;
  };

  /**
   * One statement: on the transaction's connection, else from the pool. Outside a transaction a
   * statement the server never ran (its session ended while idle in the pool) goes again on a
   * fresh connection; inside one it cannot (the transaction is gone with its connection).
   */
  async function send<R extends pg.QueryResultRow>(config: pg.QueryConfig): Promise<pg.QueryResult<R>> {
    const connection = openConnection();
    try {
      if (connection) return await connection.query<R>(config);
      try {
        return await pool.query<R>(config);
      } catch (error) {
        if (!endedBeforeRunning(error)) throw error;
        return await pool.query<R>(config);
      }
    } catch (error) {
      throw reportConnectionLoss(error);
    }
  }

  const query = <T>(sql: string, params: readonly SqlValue[]) => send<T & pg.QueryResultRow>({ text: numberPlaceholders(sql), values: bind(params) });

  async function columnQuery<T>(sql: string, params: readonly SqlValue[]): Promise<T[]> {
    const result = await send<unknown[] & pg.QueryResultRow>({ text: numberPlaceholders(sql), values: bind(params), rowMode: 'array' } as pg.QueryConfig);
    return result.rows.map((row) => (row as unknown[])[0] as T);
  }

  /** A pooled connection with its transaction begun; a connection the server had already ended is replaced (nothing was sent on it). */
  async function begin(statement = 'BEGIN'): Promise<pg.PoolClient> {
    for (let attempt = 1; ; attempt++) {
      const connection = await pool.connect().catch((error: unknown) => {
        throw reportConnectionLoss(error);
      });
      try {
        await connection.query(statement);
        return connection;
      } catch (error) {
        connection.release(error instanceof Error ? error : true);
        if (!endedBeforeRunning(error) || attempt >= 3) throw reportConnectionLoss(error);
      }
    }
  }

  /** Runs `work` as a transaction begun by `statement` on a connection of its own. */
  async function inTransaction<T>(statement: string, work: () => Promise<T>): Promise<T> {
    const connection = await begin(statement);
    let broken: unknown = null;
    // A checked-out connection has no listener of the pool's: a connection lost while the work awaits something
    // else would be an unhandled 'error' event and end the process. The work's next statement fails instead.
    const onError = (error: Error) => (broken = error);
    connection.on('error', onError);
    const transaction: Transaction = { connection, open: true };
    try {
      try {
        const result = await current.run(transaction, work);
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await connection.query('ROLLBACK');
        } catch (rollbackError) {
          // The connection itself failed: the server rolls the transaction back; the connection is not reused.
          broken = rollbackError;
        }
        // A COMMIT whose answer was lost may or may not have committed: reported as not done, never as done.
        throw reportConnectionLoss(error);
      }
    } finally {
      transaction.open = false;
      connection.off('error', onError);
      connection.release(broken instanceof Error ? broken : undefined);
    }
  }

  return {
    engine: 'postgres',
    pool,
    async all<T>(sql: string, params: readonly SqlValue[] = []) {
      return (await query<T>(sql, params)).rows;
    },
    async get<T>(sql: string, params: readonly SqlValue[] = []) {
      return (await query<T>(sql, params)).rows[0];
    },
    column: <T>(sql: string, params: readonly SqlValue[] = []) => columnQuery<T>(sql, params),
    async value<T>(sql: string, params: readonly SqlValue[] = []) {
      return (await columnQuery<T>(sql, params))[0];
    },
    async run(sql: string, params: readonly SqlValue[] = []) {
      return { changes: (await query(sql, params)).rowCount ?? 0 };
    },
    async exec(script: string) {
      // Without parameters node-postgres sends the simple protocol, which takes several statements.
      await send({ text: script });
    },
    async transaction<T>(work: () => Promise<T>): Promise<T> {
      const outer = openConnection();
      if (outer) return withSavepoint(async (script) => void (await outer.query(script)), work);
      return inTransaction('BEGIN', work);
    },
    async snapshot<T>(work: () => Promise<T>): Promise<T> {
      if (openConnection()) return work();
      // REPEATABLE READ: every statement sees the state of the first one (READ COMMITTED would see each commit as it lands).
      return inTransaction('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', work);
    },
    inTransaction: () => openConnection() !== undefined,
    idList: (ids) => ({ sql: '(SELECT unnest(?::bigint[]))', param: ids }),
    async close() {
      await pool.end();
    },
  };
}
