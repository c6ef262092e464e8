import type { FlagKind } from '../../core/model/page-analysis';
import { useT } from '../i18n/use-t';
import type { MessageKey } from '../i18n/translate';
import { useArticleSession } from '../stores/article-session-store';
import { jumpToLine } from './sync-actions';

const FLAG_LABELS: Record<FlagKind, MessageKey> = {
  'doubled-char': 'workspace.flagDoubled',
  'unbalanced-quote': 'workspace.flagQuote',
  'unbalanced-bracket': 'workspace.flagBracket',
  'missing-final-punct': 'workspace.flagFinalPunct',
};

/** The engine's doubts about this article; a click shows the place in both panes. */
export function FlagsPanel() {
  const t = useT();
  const flags = useArticleSession((state) => state.page?.analysis.flags);
  const articleIndex = useArticleSession((state) => state.articleIndex);
  const mine = (flags ?? []).filter((flag) => flag.article === articleIndex);
  if (mine.length === 0) return <p className="panel-empty">{t('workspace.noFlags')}</p>;
  return (
    <ul className="flag-list" data-testid="flag-list">
      {mine.map((flag, index) => (
        <li key={index}>
          <button type="button" className="flag-item" disabled={flag.line === null} onClick={() => flag.line !== null && jumpToLine(flag.line)}>
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
