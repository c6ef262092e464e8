// The store contract the services and handlers talk to: every repository over
// one SqlClient, reads and writes apart, the engine's search index, and
// transactions. The same code serves a SQLite file and a PostgreSQL server; only
// the client (and the search index) differ.
import { createArticleReads, createArticleWrites } from './repositories/articles-repository';
import { createCourtReads, createCourtWrites } from './repositories/courts-repository';
import { createListingReads } from './repositories/listing-repository';
import { createPageReads, createPageWrites } from './repositories/pages-repository';
import { createPdfFileReads, createPdfFileWrites } from './repositories/pdf-files-repository';
import { createRejectedTagReads, createRejectedTagWrites } from './repositories/rejected-tags-repository';
import { createRevisionReads, createRevisionWrites } from './repositories/revisions-repository';
import { createSettingReads, createSettingWrites } from './repositories/settings-repository';
import { createTagReads, createTagWrites } from './repositories/tags-repository';
import { createThemeReads, createThemeWrites } from './repositories/themes-repository';
import type { SearchIndex } from './search-index';
import type { SqlClient } from './sql/sql-client';

export interface StoreOptions {
  /** Who saves, recorded with each revision (a shared library's history says who did what); none on a local library. */
  person?: string;
  /** Runs before every write transaction; throws to refuse it (a read-only library, a removed journal). */
  beforeWrite?: () => void;
}

export function createStore<Client extends SqlClient>(sql: Client, search: SearchIndex, options: StoreOptions = {}) {
  return {
    sql,
    engine: sql.engine,
    search,
    read: {
      pages: createPageReads(sql),
      pdfFiles: createPdfFileReads(sql),
      articles: createArticleReads(sql),
      listing: createListingReads(sql),
      revisions: createRevisionReads(sql),
      tags: createTagReads(sql),
      rejectedTags: createRejectedTagReads(sql),
      courts: createCourtReads(sql),
      themes: createThemeReads(sql),
      settings: createSettingReads(sql),
    },
    write: {
      pages: createPageWrites(sql),
      pdfFiles: createPdfFileWrites(sql),
      articles: createArticleWrites(sql, (id) => search.articleChanged(id)),
      revisions: createRevisionWrites(sql, options.person ?? null),
      tags: createTagWrites(sql),
      rejectedTags: createRejectedTagWrites(sql),
      courts: createCourtWrites(sql),
      themes: createThemeWrites(sql),
      settings: createSettingWrites(sql),
    },
    /**
     * Runs `work` as one transaction: every store call made while it runs joins
     * it (see SqlClient.transaction). Writes belong inside one, so a library that
     * refuses writes is asked once, here.
     */
    transaction<T>(work: () => Promise<T>): Promise<T> {
      try {
        if (!sql.inTransaction()) options.beforeWrite?.();
      } catch (error) {
        // A refusal is a rejection like any other failure: a caller holding the promise (not awaiting at once) still gets it there.
        return Promise.reject(error as Error);
      }
      return sql.transaction(work);
    },
  };
}

export type Store<Client extends SqlClient = SqlClient> = ReturnType<typeof createStore<Client>>;
