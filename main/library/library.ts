import type { Database } from 'better-sqlite3';
import type { LibraryHealth } from '../../core/model/library';
import type { LibraryChanges } from '../../core/model/library-location';
import type { Store } from '../store/store';
import type { SqlClient } from '../store/sql/sql-client';
import type { ArticleService } from '../services/article-service';
import type { ExportService } from '../services/export-service';
import type { ImportService } from '../services/import-service';
import type { PageService } from '../services/page-service';
import type { SearchService } from '../services/search-service';
import type { SettingsService } from '../services/settings-service';
import type { VocabularyService } from '../services/vocabulary-service';
import type { BackupInfo } from '../../core/model/library';
import type { UnfinishedBackups } from '../services/backup-service';

export interface LibraryServices<Client extends SqlClient = SqlClient> {
  /** Whether the library changed since the caller last asked, and who else has an article open (see change-feed.ts). */
  changes(articleId?: number): Promise<LibraryChanges>;
  store: Store<Client>;
  articles: ArticleService;
  pages: PageService;
  imports: ImportService;
  search: SearchService;
  exports: ExportService;
  vocabulary: VocabularyService;
  settings: SettingsService;
}

export interface LibraryBackups {
  list(): BackupInfo[];
  create(reason?: string): Promise<BackupInfo>;
  /** Verifies the backup, keeps the current file as a backup, swaps and reopens. */
  restore(file: string): Promise<{ restored: string }>;
  /** Rotating automatic backups; returns the function that stops them. */
  startSchedule(intervalMs: number): () => void;
}

export interface Library {
  readonly dataDir: string;
  readonly file: string;
  readonly health: LibraryHealth;
  /** Null while the library is damaged. */
  readonly services: LibraryServices | null;
  /** The open SQLite connection, for what only SQLite does (integrity checks); null while damaged. */
  readonly database: Database | null;
  readonly backups: LibraryBackups;
  /** What backups killed mid-write had left in backups/, cleared when the library opened (`qinggao check` reports it). */
  readonly unfinishedBackups: UnfinishedBackups;
  /** Settles once the whole-file check of a large library has run (at once for small ones). */
  whenChecked(): Promise<void>;
  close(): void;
}
