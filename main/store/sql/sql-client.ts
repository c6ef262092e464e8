// The one seam between the library's SQL and a database engine. Repositories,
// services and search are written once against this interface; an engine
// (sqlite/sqlite-client.ts, postgres/postgres-client.ts) only runs the SQL.
//
// SQL text uses `?` placeholders in both engines (the PostgreSQL client numbers
// them), so `?` must never appear inside a string literal or as an operator in
// our SQL. Column aliases are double-quoted (`AS "pageId"`): PostgreSQL folds
// unquoted names to lower case, SQLite accepts the quotes as they are.

export type SqlEngine = 'sqlite' | 'postgres';

/** What a parameter may be: BLOB/BYTEA as a Buffer; arrays only where a dialect fragment asks for one (see idList). */
export type SqlValue = string | number | bigint | boolean | null | Buffer | Uint8Array | readonly number[];

export interface SqlRunResult {
  /** Rows inserted, updated or deleted by the statement. */
  changes: number;
}

export interface SqlClient {
  readonly engine: SqlEngine;
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** The first column of every row. */
  column<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** The first column of the first row, or undefined when there is no row. */
  value<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  run(sql: string, params?: readonly SqlValue[]): Promise<SqlRunResult>;
  /** Several statements without parameters (schema scripts). */
  exec(script: string): Promise<void>;
  /**
   * Runs `work` as one transaction. Every call made through this client while
   * `work` runs (awaited or not, found through AsyncLocalStorage) joins the
   * transaction, so code inside it needs no transaction handle passed down.
   * Commits when `work` resolves, rolls back when it throws. A transaction
   * inside a transaction is a savepoint: when its work throws, only its own
   * writes are undone and the outer transaction goes on.
   */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Runs `work`, which only reads, on one consistent state of the library: what
   * others commit meanwhile is not seen (a page and its articles read in two
   * statements belong together). Inside a transaction, `work` just joins it.
   */
  snapshot<T>(work: () => Promise<T>): Promise<T>;
  /** Whether the caller is inside a transaction of this client. */
  inTransaction(): boolean;
  /** `IN (…)` over a list of ids as one bound parameter: the fragment and its value. */
  idList(ids: readonly number[]): { sql: string; param: SqlValue };
  close(): Promise<void>;
}
