import { useMemo } from 'react';
import { useT } from '../i18n/use-t';
import { useArticleSession } from '../stores/article-session-store';
import { articleRawText } from './article-normalization';
import { charDiff } from './char-diff';

/** Raw vs cleaned, character by character, as of when the panel was opened or the article saved. */
export function DiffPanel() {
  const t = useT();
  const page = useArticleSession((state) => state.page);
  const articleIndex = useArticleSession((state) => state.articleIndex);
  const savedAt = useArticleSession((state) => state.savedAt);
  const editor = useArticleSession((state) => state.editor);
  const ops = useMemo(() => {
    const article = page?.analysis.articles[articleIndex];
    if (!article || !page || !editor) return [];
    const cleaned = editor.state.doc.textBetween(0, editor.state.doc.content.size, '\n');
    return charDiff(articleRawText(article, page.analysis), cleaned);
    // savedAt: recompute after each save rather than on every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [page, articleIndex, editor, savedAt]);
  return (
    <div className="char-diff" data-testid="char-diff">
      <p className="panel-note">{t('workspace.diffLegend')}</p>
      <div className="char-diff-text">
        {ops.map((op, index) =>
          op.kind === 'equal' ? <span key={index}>{op.text}</span> : op.kind === 'delete' ? <del key={index}>{op.text}</del> : <ins key={index}>{op.text}</ins>,
        )}
      </div>
    </div>
  );
}
