import type { Database } from 'better-sqlite3';

// Nothing to do on this computer's library: PostgreSQL's 0011 gives its search
// entries the article's page and status (a filtered search there tests them on the
// index rows); SQLite's FTS5 index answers the same filters through the slim
// indexes of 0003 and 0004 as fast as it did. The version moves on so both engines
// keep one numbering (after migration N both hold the same library). It changes no
// data, so opening an older library takes no backup for it (run-migrations.ts).
export function migration0011SearchFilterColumns(_db: Database): void {}

