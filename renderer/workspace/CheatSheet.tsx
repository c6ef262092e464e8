import { useT } from '../i18n/use-t';
import { setCheatSheet, useArticleSession } from '../stores/article-session-store';
import { RAW_PANE_SHORTCUTS, WORKSPACE_SHORTCUTS, type Shortcut } from './shortcut-map';

function ShortcutTable({ title, shortcuts }: { title: string; shortcuts: Shortcut[] }) {
  const t = useT();
  return (
    <section>
      <h3>{title}</h3>
      <dl className="shortcut-table">
        {shortcuts.map((shortcut) => (
          <div key={shortcut.keys} className="shortcut-row">
            <dt>
              <kbd>{shortcut.keys}</kbd>
            </dt>
            <dd>{t(shortcut.label)}</dd>
          </div>
        ))}
        {shortcuts === WORKSPACE_SHORTCUTS && (
          <div className="shortcut-row">
            <dt>
              <kbd>Ctrl+Z / Ctrl+Shift+Z</kbd>
            </dt>
            <dd>{t('workspace.keyUndo')}</dd>
          </div>
        )}
        {shortcuts === WORKSPACE_SHORTCUTS && (
          <div className="shortcut-row">
            <dt>
              <kbd>Shift+F10</kbd>
            </dt>
            <dd>{t('structure.menuShortcut')}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}

export function CheatSheetButton() {
  const t = useT();
  return (
    <button type="button" className="cheat-sheet-button" title={`${t('workspace.cheatSheet')} (? / F1)`} aria-label={t('workspace.cheatSheet')} onClick={() => setCheatSheet(!useArticleSession.getState().cheatSheetOpen)}>
      ?
    </button>
  );
}

export function CheatSheet() {
  const t = useT();
  const open = useArticleSession((state) => state.cheatSheetOpen);
  if (!open) return null;
  return (
    <div className="cheat-sheet" role="dialog" aria-label={t('workspace.cheatSheetTitle')} data-testid="cheat-sheet">
      <header>
        <h2>{t('workspace.cheatSheetTitle')}</h2>
        <button type="button" className="icon-button" aria-label={t('common.close')} onClick={() => setCheatSheet(false)}>
          ×
        </button>
      </header>
      <div className="cheat-sheet-columns">
        <ShortcutTable title={t('workspace.cheatSheetRaw')} shortcuts={RAW_PANE_SHORTCUTS} />
        <ShortcutTable title={t('workspace.cheatSheetAnywhere')} shortcuts={WORKSPACE_SHORTCUTS} />
      </div>
    </div>
  );
}
