// node-postgres behind the async SqlClient. A pool serves statements outside
// transactions; a transaction holds one pooled connection from BEGIN to COMMIT,
// and every statement made while it runs is routed to that connection through
// AsyncLocalStorage (see SqlClient.transaction).
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import type { SqlClient, SqlValue } from '../sql/sql-client';
import { withSavepoint } from '../sql/with-savepoint';

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

  async function query<T>(sql: string, params: readonly SqlValue[]): Promise<pg.QueryResult<T & pg.QueryResultRow>> {
    const text = numberPlaceholders(sql);
    const connection = openConnection();
    return connection ? connection.query<T & pg.QueryResultRow>(text, bind(params)) : pool.query<T & pg.QueryResultRow>(text, bind(params));
  }

  async function columnQuery<T>(sql: string, params: readonly SqlValue[]): Promise<T[]> {
    const text = numberPlaceholders(sql);
    const connection = openConnection();
    const config = { text, values: bind(params), rowMode: 'array' as const };
    const result = connection ? await connection.query(config) : await pool.query(config);
    return result.rows.map((row: unknown[]) => row[0] as T);
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
      const connection = openConnection();
      // Without parameters node-postgres sends the simple protocol, which takes several statements.
      if (connection) await connection.query(script);
      else await pool.query(script);
    },
    async transaction<T>(work: () => Promise<T>): Promise<T> {
      const outer = openConnection();
      if (outer) return withSavepoint(async (script) => void (await outer.query(script)), work);
      const connection = await pool.connect();
      let broken: unknown = null;
      // A checked-out connection has no listener of the pool's: a connection lost while the work awaits something
      // else would be an unhandled 'error' event and end the process. The work's next statement fails instead.
      const onError = (error: Error) => (broken = error);
      connection.on('error', onError);
      const transaction: Transaction = { connection, open: true };
      try {
        await connection.query('BEGIN');
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
          throw error;
        }
      } finally {
        transaction.open = false;
        connection.off('error', onError);
        connection.release(broken instanceof Error ? broken : undefined);
      }
    },
    inTransaction: () => openConnection() !== undefined,
    idList: (ids) => ({ sql: '(SELECT unnest(?::bigint[]))', param: ids }),
    async close() {
      await pool.end();
    },
  };
}
