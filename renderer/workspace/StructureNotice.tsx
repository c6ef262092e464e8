import { useT } from '../i18n/use-t';
import type { MessageKey, Translate } from '../i18n/translate';
import { useArticleSession } from '../stores/article-session-store';
import { dismissStructureNotice, useStructureNotice, type StructureNotice as Notice } from '../stores/structure-notice-store';
import { useUiStore } from '../stores/ui-store';
import { undoStructure } from './structure-undo';

const FIELD_LABELS: Record<string, MessageKey> = {
  title: 'structure.roleTitle',
  subtitle: 'structure.roleSubtitle',
  byline: 'structure.roleByline',
  dateline: 'structure.roleDateline',
  credit: 'structure.roleCredit',
};

function describe(notice: Notice, t: Translate, english: boolean): string {
  if (notice.kind === 'undone') return t('structure.undoneNotice');
  const titled = (title: string) => title.trim() || t('structure.untitled');
  if (notice.kind === 'split') return t('structure.splitNotice', { first: titled(notice.first), second: titled(notice.second) });
  const parts = notice.notes.map((note) => {
    const label = t(FIELD_LABELS[note.field]);
    const field = english ? label.toLowerCase() : label;
    return note.into === 'field' ? t('structure.mergedField', { field }) : t('structure.mergedBlock', { field, block: note.block + 1 });
  });
  const head = t('structure.mergedNotice', { first: titled(notice.first), second: titled(notice.second) });
  if (!parts.length) return head;
  if (!english) return `${head}${parts.join('；')}。`;
  const sentence = parts.join('; ');
  return `${head} ${sentence[0].toUpperCase()}${sentence.slice(1)}.`;
}

/** What the last split or merge did, and its undo while nothing was typed since. */
export function StructureNotice() {
  const t = useT();
  const english = useUiStore((state) => state.locale === 'en');
  const notice = useStructureNotice((state) => state.notice);
  const canUndo = useStructureNotice((state) => state.undo !== null);
  const onItsPage = useStructureNotice((state) => state.pageId) === useArticleSession((state) => state.page?.page.id);
  if (!notice || !onItsPage) return null;
  return (
    <div className="structure-notice" role="status" data-testid="structure-notice">
      <span>{describe(notice, t, english)}</span>
      {canUndo && (
        <button type="button" onClick={() => void undoStructure()} title="Ctrl+Z">
          {t('structure.undo')}
        </button>
      )}
      <button type="button" className="icon-button" aria-label={t('structure.dismiss')} onClick={dismissStructureNotice}>
        ×
      </button>
    </div>
  );
}
