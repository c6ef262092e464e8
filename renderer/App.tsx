import { useEffect } from 'react';
import { ExportDialog } from './export/ExportDialog';
import { DropImport } from './import/DropImport';
import { ImportDialog } from './import/ImportDialog';
import { ArticleList } from './library/ArticleList';
import { LibraryPane } from './library/LibraryPane';
import { HealthBanner } from './shell/HealthBanner';
import { TopBar } from './shell/TopBar';
import { useAppStore } from './stores/app-store';
import { useDialogStore } from './stores/dialog-store';
import { useLibraryStore } from './stores/library-store';
import { useTagsStore } from './stores/tags-store';
import { useUiStore } from './stores/ui-store';
import { BulkTagDialog } from './tags/BulkTagDialog';
import { VocabularyDialog } from './tags/VocabularyDialog';
import { Workspace } from './workspace/Workspace';

function OpenDialog() {
  const open = useDialogStore((state) => state.open);
  if (open === 'import') return <ImportDialog />;
  if (open === 'export') return <ExportDialog />;
  if (open === 'bulk-tag') return <BulkTagDialog />;
  if (open === 'vocabulary') return <VocabularyDialog />;
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
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  }, [locale]);

  return (
    <div className="app" data-testid="app" data-locale={locale}>
      <TopBar />
      <HealthBanner />
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
