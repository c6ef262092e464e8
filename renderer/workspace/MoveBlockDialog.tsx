import type { KeyboardEvent } from 'react';
import { useT } from '../i18n/use-t';
import { useArticleSession } from '../stores/article-session-store';
import { isComposing } from './composition-guard';
import { moveBlockTo } from './structure-actions';

const close = () => useArticleSession.setState({ moveDialogOpen: false });

/** Chooses the article of this page that receives the block under the cursor: a click, or its number key. */
export function MoveBlockDialog() {
  const t = useT();
  const open = useArticleSession((state) => state.moveDialogOpen);
  const articles = useArticleSession((state) => state.page?.analysis.articles);
  const current = useArticleSession((state) => state.articleIndex);
  if (!open || !articles) return null;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (isComposing(event)) return;
    const index = Number(event.key) - 1;
    if (event.key === 'Escape') close();
    else if (Number.isInteger(index) && index >= 0 && index < articles.length && index !== current) void moveBlockTo(index);
    else return;
    event.preventDefault();
  };
  return (
    <div className="move-dialog" role="dialog" aria-label={t('workspace.keyMoveBlock')} onKeyDown={onKeyDown}>
      <p>{t('workspace.moveBlockPrompt', { total: articles.length })}</p>
      <ol>
        {articles.map((article, index) => (
          <li key={index}>
            <button type="button" disabled={index === current} autoFocus={index === (current === 0 ? 1 : 0)} onClick={() => void moveBlockTo(index)}>
              {article.title || '—'}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={close}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
