// After another library opened, nothing of the one before may stay on screen:
// its ids mean other articles now. The workspace is reset and read anew.
import { forgetSeenChanges } from '../live/live-updates';
import { closeSession, loadSettings } from '../stores/article-session-store';
import { useAppStore } from '../stores/app-store';
import { useLibraryStore } from '../stores/library-store';
import { useTagsStore } from '../stores/tags-store';
import { useUiStore } from '../stores/ui-store';
import { forgetAllPdfPages } from '../workspace/page-view/pdf-document-cache';

export async function reloadWorkspace(): Promise<void> {
  closeSession();
  forgetAllPdfPages();
  forgetSeenChanges();
  useUiStore.getState().selectPage(null);
  useLibraryStore.setState({ scope: { kind: 'all' }, filters: {}, query: '', checkedIds: [], lastCheckedId: null, tree: [], treeLoaded: false, articles: [], snippets: {}, total: 0 });
  const library = useLibraryStore.getState();
  await Promise.all([useAppStore.getState().load(), library.loadTree(), library.refreshArticles(), useTagsStore.getState().loadVocabulary(), loadSettings()]);
}
