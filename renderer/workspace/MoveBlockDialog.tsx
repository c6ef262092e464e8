import { useT } from '../i18n/use-t';
import { useArticleSession } from '../stores/article-session-store';
import { moveBlockTo } from './structure-actions';

/** Chooses the article of this page that receives the block under the cursor. */
export function MoveBlockDialog() {
  const t = useT();
  const open = useArticleSession((state) => state.moveDialogOpen);
  const articles = useArticleSession((state) => state.page?.analysis.articles);
  const current = useArticleSession((state) => state.articleIndex);
  if (!open || !articles) return null;
  return (
    <div className="move-dialog" role="dialog" aria-label={t('workspace.keyMoveBlock')}>
      <p>{t('workspace.moveBlockPrompt', { total: articles.length })}</p>
      <ol>
        {articles.map((article, index) => (
          <li key={index}>
            <button type="button" disabled={index === current} onClick={() => void moveBlockTo(index)}>
              {article.title || '—'}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => useArticleSession.setState({ moveDialogOpen: false })}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
