import type { SqlClient } from '../../sql/sql-client';

// SQLite's 0007 dropped its trigram table and rebuilt the bigram table so that
// one index answers every query length and splits letters and digits like
// ideographs. article_search (0001) was built that way from the start, so there
// is nothing to change; the migration keeps the version numbers of both engines
// meaning the same library.
export async function migration0007OneGramIndex(_sql: SqlClient): Promise<void> {}
