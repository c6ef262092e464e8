import type { SqlClient } from '../../sql/sql-client';
import { migration0001Initial } from './0001-initial';
import { migration0002GramPrefixIndex } from './0002-gram-prefix-index';
import { migration0003SlimFilterIndexes } from './0003-slim-filter-indexes';
import { migration0004ArticleIdentity } from './0004-article-identity';
import { migration0005StoredSuggestions } from './0005-stored-suggestions';
import { migration0006PageListingIndex } from './0006-page-listing-index';
import { migration0007OneGramIndex } from './0007-one-gram-index';
import { migration0008CourtAliasOrigins } from './0008-court-alias-origins';
import { migration0009PdfFiles } from './0009-pdf-files';
import { migration0010RevisionAuthors } from './0010-revision-authors';
import { migration0011SearchFilterColumns } from './0011-search-filter-columns';

export type PostgresMigration = (sql: SqlClient) => Promise<void>;

/**
 * In order, one for each of SQLite's MIGRATIONS with the same name: after
 * migration N both engines hold the same library. Never edit one that has shipped.
 */
export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [
  migration0001Initial,
  migration0002GramPrefixIndex,
  migration0003SlimFilterIndexes,
  migration0004ArticleIdentity,
  migration0005StoredSuggestions,
  migration0006PageListingIndex,
  migration0007OneGramIndex,
  migration0008CourtAliasOrigins,
  migration0009PdfFiles,
  migration0010RevisionAuthors,
  migration0011SearchFilterColumns,
];

export const POSTGRES_LATEST_VERSION = POSTGRES_MIGRATIONS.length;
