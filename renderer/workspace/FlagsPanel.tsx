import { useMemo } from 'react';
import type { FlagKind } from '../../core/model/page-analysis';
import { docBlocks } from '../editor/blocks-from-doc';
import { useT } from '../i18n/use-t';
import type { MessageKey } from '../i18n/translate';
import { useArticleSession } from '../stores/article-session-store';
import { liveFlags } from './live-flags';
import { pageLevelFlags } from './page-level-flags';
import { replacedCharacterLine } from './replaced-character-line';
import { jumpToFlag } from './sync-actions';

const FLAG_LABELS: Record<FlagKind, MessageKey> = {
  'doubled-char': 'workspace.flagDoubled',
  'unbalanced-quote': 'workspace.flagQuote',
  'unbalanced-bracket': 'workspace.flagBracket',
  'missing-final-punct': 'workspace.flagFinalPunct',
  'replaced-char': 'import.flagReplaced',
  'merged-columns': 'workspace.flagMergedColumns',
};

/** Doubts about the cleaned text as last saved; a click selects the place in the editor and shows the raw line. */
export function FlagsPanel() {
  const t = useT();
  const editor = useArticleSession((state) => state.editor);
  const articleIndex = useArticleSession((state) => state.articleIndex);
  const savedAt = useArticleSession((state) => state.savedAt);
  const rawLines = useArticleSession((state) => state.page?.analysis.lines);
  const engineFlags = useArticleSession((state) => state.page?.analysis.flags);
  const flags = useMemo(() => {
    if (!editor) return [];
    const blocks = docBlocks(editor.state.doc);
    const live = liveFlags(blocks, articleIndex).map((flag) =>
      flag.kind === 'replaced-char' && rawLines ? { ...flag, line: replacedCharacterLine(flag, blocks[flag.block].lines, rawLines) } : flag,
    );
    return [...pageLevelFlags(engineFlags, blocks, articleIndex), ...live];
    // savedAt: re-check after each save rather than on every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, articleIndex, savedAt, rawLines, engineFlags]);
  if (flags.length === 0) return <p className="panel-empty">{t('workspace.noFlags')}</p>;
  return (
    <ul className="flag-list" data-testid="flag-list">
      {flags.map((flag, index) => (
        <li key={index}>
          <button type="button" className="flag-item" onClick={() => jumpToFlag(flag)}>
            <span className={`flag-kind flag-${flag.kind}`}>{t(FLAG_LABELS[flag.kind])}</span>
            <span className="flag-text">{flag.text}</span>
            <span className="flag-message">{flag.message}</span>
            {flag.line !== null && <span className="flag-line">{t('workspace.lineNumber', { line: flag.line + 1 })}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
