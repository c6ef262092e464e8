import { useEffect } from 'react';
import { ExportDialog } from './export/ExportDialog';
import { DropImport } from './import/DropImport';
import { ImportDialog } from './import/ImportDialog';
import { LibraryLocationDialog } from './library-location/LibraryLocationDialog';
import { ArticleList } from './library/ArticleList';
import { LibraryPane } from './library/LibraryPane';
import { useLiveUpdates } from './live/use-live-updates';
import { HealthBanner } from './shell/HealthBanner';
import { LibraryFallbackBanner } from './shell/LibraryFallbackBanner';
import { TopBar } from './shell/TopBar';
import { useAppStore } from './stores/app-store';
import { useDialogStore } from './stores/dialog-store';
import { useLibraryLocationStore } from './stores/library-location-store';
import { useLibraryStore } from './stores/library-store';
import { useTagsStore } from './stores/tags-store';
import { useUiStore } from './stores/ui-store';
import { BulkTagDialog } from './tags/BulkTagDialog';
import { VocabularyDialog } from './tags/VocabularyDialog';
import { TransferDialog } from './transfer/TransferDialog';
import { Workspace } from './workspace/Workspace';

function OpenDialog() {
  const open = useDialogStore((state) => state.open);
  if (open === 'import') return <ImportDialog />;
  if (open === 'export') return <ExportDialog />;
  if (open === 'bulk-tag') return <BulkTagDialog />;
  if (open === 'vocabulary') return <VocabularyDialog />;
  if (open === 'library-location') return <LibraryLocationDialog />;
  if (open === 'transfer') return <TransferDialog />;
  return null;
}

/** The workstation: library | articles | workspace, under the top bar. */
export function App() {
  const locale = useUiStore((state) => state.locale);
  useEffect(() => {
    void useAppStore.getState().load();
    void useLibraryStore.getState().loadTree();
    void useLibraryStore.getState().refreshArticles();
    void useTagsStore.getState().loadVocabulary();
    void useLibraryLocationStore.getState().load();
  }, []);
  useLiveUpdates();
  useEffect(() => {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  }, [locale]);

  return (
    <div className="app" data-testid="app" data-locale={locale}>
      <TopBar />
      <HealthBanner />
      <LibraryFallbackBanner />
      <div className="panes">
        <LibraryPane />
        <ArticleList />
        <main className="pane workspace-pane">
          <Workspace />
        </main>
      </div>
      <OpenDialog />
      <DropImport />
    </div>
  );
}
