import { useEffect, useReducer, useRef } from 'react';
import { useT } from '../i18n/use-t';
import { useArticleSession } from '../stores/article-session-store';
import { useFindStore } from '../stores/find-store';
import { applyFindToEditor, closeFind, findStatus, findStep, replaceAll, replaceCurrent, setFindQuery, setReplacement } from './find-actions';

/** Re-renders on every editor transaction: the match count follows typing and replacing. */
function useEditorTransactions(): void {
  const editor = useArticleSession((state) => state.editor);
  const [, bump] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (!editor) return;
    applyFindToEditor();
    editor.on('transaction', bump);
    return () => {
      editor.off('transaction', bump);
    };
  }, [editor]);
}

/** Ctrl+F / Ctrl+H over the article body: Enter and Shift+Enter step, Esc closes. */
export function FindBar() {
  const t = useT();
  const { open, replacing, query, replacement, focusRequest, replaced } = useFindStore();
  const queryInput = useRef<HTMLInputElement>(null);
  useEditorTransactions();
  useEffect(() => {
    if (open) queryInput.current?.select();
  }, [open, focusRequest]);
  if (!open) return null;
  const { current, total } = findStatus();
  const onKeyDown = (event: React.KeyboardEvent, enter: () => void) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      closeFind();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (event.shiftKey) findStep(-1);
      else enter();
    }
  };
  const status = replaced !== null ? t('workspace.replacedCount', { count: replaced }) : query === '' ? '' : total === 0 ? t('workspace.findNone') : t('workspace.findCount', { current, total });
  return (
    <div className="find-bar" role="search" data-testid="find-bar">
      <div className="find-row">
        <input
          ref={queryInput}
          value={query}
          placeholder={t('workspace.findLabel')}
          aria-label={t('workspace.findLabel')}
          data-testid="find-query"
          spellCheck={false}
          onChange={(event) => setFindQuery(event.target.value)}
          onKeyDown={(event) => onKeyDown(event, () => findStep(1))}
        />
        <span className="find-status" role="status" data-testid="find-status">
          {status}
        </span>
        <button type="button" title={t('workspace.findPrevious')} aria-label={t('workspace.findPrevious')} disabled={total === 0} onClick={() => findStep(-1)}>
          ↑
        </button>
        <button type="button" title={t('workspace.findNext')} aria-label={t('workspace.findNext')} disabled={total === 0} onClick={() => findStep(1)}>
          ↓
        </button>
        <button type="button" title={t('workspace.findClose')} aria-label={t('workspace.findClose')} onClick={closeFind}>
          ×
        </button>
      </div>
      {replacing && (
        <div className="find-row">
          <input
            value={replacement}
            placeholder={t('workspace.replaceLabel')}
            aria-label={t('workspace.replaceLabel')}
            data-testid="find-replacement"
            spellCheck={false}
            onChange={(event) => setReplacement(event.target.value)}
            onKeyDown={(event) => onKeyDown(event, replaceCurrent)}
          />
          <button type="button" disabled={total === 0} onClick={replaceCurrent}>
            {t('workspace.replaceOne')}
          </button>
          <button type="button" disabled={total === 0} onClick={replaceAll} data-testid="find-replace-all">
            {t('workspace.replaceAll')}
          </button>
        </div>
      )}
    </div>
  );
}
