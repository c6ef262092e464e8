import { useT } from '../i18n/use-t';
import { useArticleSession } from '../stores/article-session-store';
import { ArticleEditor } from './ArticleEditor';
import { FieldsForm } from './FieldsForm';
import { FindBar } from './FindBar';
import { RevisionViewer } from './RevisionViewer';
import { registerCleanScroller } from './scroll-sync';
import { ReviewBar } from './ReviewBar';
import { openMenuInBody } from './structure-menu-actions';
import { StructureToolbar } from './StructureToolbar';

/** The article as it will be published: fields, then the body editor. */
export function CleanPane() {
  const t = useT();
  const viewing = useArticleSession((state) => state.viewedRevision !== null);
  return (
    <div className="clean-pane">
      <div className="pane-heading">
        <span>{t('workspace.cleanPane')}</span>
        <ReviewBar />
      </div>
      {!viewing && <StructureToolbar />}
      {viewing && <RevisionViewer />}
      {!viewing && <FindBar />}
      {/* Hidden, not unmounted, while a revision is shown: the editor keeps its undo history. */}
      <div className="clean-scroll" hidden={viewing} ref={registerCleanScroller} onContextMenu={(event) => openMenuInBody(event.clientX, event.clientY) && event.preventDefault()}>
        <FieldsForm />
        <ArticleEditor />
      </div>
    </div>
  );
}
