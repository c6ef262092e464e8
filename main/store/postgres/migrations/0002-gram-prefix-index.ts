import type { SqlClient } from '../../sql/sql-client';

// SQLite's 0002 rebuilt its FTS5 bigram table with a one-character prefix index.
// Nothing to do here: article_search (0001) indexes every character as a lexeme
// of its own, so a one-character query already reads one GIN entry. The
// migration stays so that version N means the same library in both engines.
export async function migration0002GramPrefixIndex(_sql: SqlClient): Promise<void> {}
