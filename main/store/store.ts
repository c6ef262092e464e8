import type { Database } from 'better-sqlite3';
import { createArticleReads, createArticleWrites } from './repositories/articles-repository';
import { createCourtReads, createCourtWrites } from './repositories/courts-repository';
import { createPageReads, createPageWrites } from './repositories/pages-repository';
import { createPdfFileReads, createPdfFileWrites } from './repositories/pdf-files-repository';
import { createRejectedTagReads, createRejectedTagWrites } from './repositories/rejected-tags-repository';
import { createRevisionReads, createRevisionWrites } from './repositories/revisions-repository';
import { createSettingReads, createSettingWrites } from './repositories/settings-repository';
import { createTagReads, createTagWrites } from './repositories/tags-repository';
import { createThemeReads, createThemeWrites } from './repositories/themes-repository';

export interface StoreOptions {
  /** Runs before every write transaction; throws to refuse it (a read-only library, a removed journal). */
  beforeWrite?: () => void;
}

/** Every repository over one open connection, reads and writes apart. */
export function createStore(db: Database, options: StoreOptions = {}) {
  return {
    db,
    read: {
      pages: createPageReads(db),
      pdfFiles: createPdfFileReads(db),
      articles: createArticleReads(db),
      revisions: createRevisionReads(db),
      tags: createTagReads(db),
      rejectedTags: createRejectedTagReads(db),
      courts: createCourtReads(db),
      themes: createThemeReads(db),
      settings: createSettingReads(db),
    },
    write: {
      pages: createPageWrites(db),
      pdfFiles: createPdfFileWrites(db),
      articles: createArticleWrites(db),
      revisions: createRevisionWrites(db),
      tags: createTagWrites(db),
      rejectedTags: createRejectedTagWrites(db),
      courts: createCourtWrites(db),
      themes: createThemeWrites(db),
      settings: createSettingWrites(db),
    },
    /** Runs `work` in one transaction (IMMEDIATE, so two writers never deadlock on upgrade). */
    transaction<T>(work: () => T): T {
      options.beforeWrite?.();
      return db.transaction(work).immediate();
    },
  };
}

export type Store = ReturnType<typeof createStore>;
