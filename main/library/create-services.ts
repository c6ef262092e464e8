import { createStore, type StoreOptions } from '../store/store';
import type { SearchIndex } from '../store/search-index';
import { localChangeFeed, type ChangeFeed } from '../store/change-feed';
import type { SqlClient } from '../store/sql/sql-client';
import { createArticleService } from '../services/article-service';
import { createExportService } from '../services/export-service';
import { createImportService } from '../services/import-service';
import { createPageService } from '../services/page-service';
import { createSearchService } from '../services/search-service';
import { createSettingsService } from '../services/settings-service';
import { createVocabularyService } from '../services/vocabulary-service';
import type { LibraryServices } from './library';

/** The services over one library, whichever its engine; the vocabulary is read before they are handed out. */
export async function createServices<Client extends SqlClient>(
  sql: Client,
  search: SearchIndex,
  dataDir: string,
  storeOptions: StoreOptions = {},
  /** What others change on a shared library; a local library has no one else. */
  changes: ChangeFeed = localChangeFeed,
): Promise<LibraryServices<Client>> {
  const store = createStore(sql, search, storeOptions);
  const vocabulary = createVocabularyService(store);
  await vocabulary.load();
  return {
    store,
    vocabulary,
    changes: (articleId?: number) => changes.changes(articleId),
    articles: createArticleService(store, vocabulary.current),
    pages: createPageService(store, vocabulary.current),
    imports: createImportService(store, vocabulary.current),
    search: createSearchService(store),
    exports: createExportService(store, dataDir),
    settings: createSettingsService(store),
  };
}
