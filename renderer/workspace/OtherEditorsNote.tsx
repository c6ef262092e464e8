import { useT } from '../i18n/use-t';
import { useArticleSession } from '../stores/article-session-store';
import { usePresenceStore } from '../stores/presence-store';

/** 张三 也在编辑这篇稿件: shown, never locking anyone out; saving over each other meets the conflict dialog. */
export function OtherEditorsNote() {
  const t = useT();
  const articleId = useArticleSession((state) => state.article?.id);
  const editors = usePresenceStore((state) => (state.articleId === articleId ? state.editors : null));
  if (!editors || editors.length === 0) return null;
  const names = editors.join('、');
  return (
    <span className="other-editors" role="status" data-testid="other-editors" title={names}>
      {t('sharedLibrary.alsoEditing', { names })}
    </span>
  );
}
