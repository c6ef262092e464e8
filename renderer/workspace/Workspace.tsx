import { useEffect } from 'react';
import { useT } from '../i18n/use-t';
import { flushSave, loadSettings, openArticle, useArticleSession } from '../stores/article-session-store';
import { usePageView } from '../stores/page-view-store';
import { useUiStore } from '../stores/ui-store';
import { CheatSheet } from './CheatSheet';
import { CleanPane } from './CleanPane';
import { ConflictBanner } from './ConflictBanner';
import { DroppedOverridesNote } from './DroppedOverridesNote';
import { MoveBlockDialog } from './MoveBlockDialog';
import { PagePane } from './page-view/PagePane';
import { RawPane } from './RawPane';
import { SidePanel } from './SidePanel';
import { StructureContextMenu } from './StructureContextMenu';
import { StructureNotice } from './StructureNotice';
import { useWorkspaceKeys } from './use-workspace-keys';
import { WorkspaceHeader } from './WorkspaceHeader';
import './workspace.css';
import './structure.css';

/** The proofreading screen: raw page on the left, cleaned article on the right, panels below. */
export function Workspace() {
  const t = useT();
  const hasArticle = useArticleSession((state) => state.article !== null);
  const loading = useArticleSession((state) => state.loading);
  const error = useArticleSession((state) => state.error);
  const switchBlocked = useArticleSession((state) => state.switchBlocked);
  const pageId = useArticleSession((state) => state.page?.page.id);
  const geometry = useArticleSession((state) => state.page?.analysis.geometry);
  // A page not read from a PDF has only its text to show, whatever the view was.
  const mode = usePageView((view) => (geometry ? view.mode : 'text'));
  useWorkspaceKeys();

  useEffect(() => {
    void loadSettings();
    // Leaving the window (closing, switching away) saves what the autosave has not yet.
    const onHide = () => document.visibilityState === 'hidden' && void flushSave();
    document.addEventListener('visibilitychange', onHide);
    return () => document.removeEventListener('visibilitychange', onHide);
  }, []);
  // Subscribed outside React so the fetch starts in the click itself, not a render later.
  useEffect(() => {
    const { selectedArticleId, selectedPageId } = useUiStore.getState();
    if (selectedArticleId !== null) void openArticle(selectedArticleId, selectedPageId);
    return useUiStore.subscribe((state, previous) => {
      if (state.selectedArticleId !== null && state.selectedArticleId !== previous.selectedArticleId) void openArticle(state.selectedArticleId, state.selectedPageId);
    });
  }, []);

  return (
    <section className="workspace" data-testid="workspace">
      {!hasArticle ? (
        <p className="workspace-empty">{loading ? t('workspace.loading') : t('workspace.empty')}</p>
      ) : (
        <>
          <WorkspaceHeader />
          <ConflictBanner />
          <StructureNotice />
          <DroppedOverridesNote />
          {error && <p role="alert" className="workspace-error">{error}</p>}
          {switchBlocked && (
            <p role="alert" className="workspace-error" data-testid="switch-blocked">
              {t('workspace.switchBlocked')}
            </p>
          )}
          <div className={`workspace-panes panes-${mode}`}>
            {mode !== 'page' && <RawPane />}
            {mode !== 'text' && geometry && pageId !== undefined && <PagePane pageId={pageId} geometry={geometry} />}
            <CleanPane />
          </div>
          <SidePanel />
          <CheatSheet />
          <MoveBlockDialog />
          <StructureContextMenu />
        </>
      )}
    </section>
  );
}
