import { useState } from 'react';
import { useT } from '../i18n/use-t';
import { useArticleSession } from '../stores/article-session-store';

/** Pages whose note the editor has dismissed in this session: told once, not at every article of the page. */
const dismissedPages = new Set<number>();
const SHOWN_PARTS = 5;

/**
 * Says that some of the page's stored corrections (written by an older version
 * or edited by hand) could not be read and were set aside; the rest apply, and
 * the next change to the page stores only those.
 */
export function DroppedOverridesNote() {
  const t = useT();
  const page = useArticleSession((state) => state.page);
  const [, rerender] = useState(0);
  const dropped = page?.droppedOverrides ?? [];
  if (!page || dropped.length === 0 || dismissedPages.has(page.page.id)) return null;
  const parts = dropped.slice(0, SHOWN_PARTS).join(', ') + (dropped.length > SHOWN_PARTS ? ' …' : '');
  const dismiss = () => {
    dismissedPages.add(page.page.id);
    rerender((count) => count + 1);
  };
  return (
    <div className="structure-notice" role="status" data-testid="dropped-overrides-note">
      <span>{t('workspace.overridesDropped', { count: dropped.length, parts })}</span>
      <button type="button" className="icon-button" aria-label={t('structure.dismiss')} onClick={dismiss}>
        ×
      </button>
    </div>
  );
}
