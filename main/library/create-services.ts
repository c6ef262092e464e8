import type { Database } from 'better-sqlite3';
import { createStore, type StoreOptions } from '../store/store';
import { createArticleService } from '../services/article-service';
import { createExportService } from '../services/export-service';
import { createImportService } from '../services/import-service';
import { createPageService } from '../services/page-service';
import { createSearchService } from '../services/search-service';
import { createSettingsService } from '../services/settings-service';
import { createVocabularyService } from '../services/vocabulary-service';
import type { LibraryServices } from './library';

export function createServices(db: Database, dataDir: string, storeOptions: StoreOptions = {}): LibraryServices {
  const store = createStore(db, storeOptions);
  const vocabulary = createVocabularyService(store);
  return {
    store,
    vocabulary,
    articles: createArticleService(store, vocabulary.current),
    pages: createPageService(store, vocabulary.current),
    imports: createImportService(store, vocabulary.current),
    search: createSearchService(store),
    exports: createExportService(store, dataDir),
    settings: createSettingsService(store),
  };
}
