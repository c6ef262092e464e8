import { useT } from '../i18n/use-t';
import { setCheatSheet, useArticleSession } from '../stores/article-session-store';
import { OUTSIDE_TEXT_SHORTCUTS, PAGE_VIEW_SHORTCUTS, RAW_PANE_SHORTCUTS, WORKSPACE_SHORTCUTS, type Shortcut } from './shortcut-map';

function ShortcutTable({ title, shortcuts }: { title: string; shortcuts: ReadonlyArray<Pick<Shortcut, 'keys' | 'label'>> }) {
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
      </dl>
    </section>
  );
}

/** Undo is the editor's own history: it works where the text is, not from the list. */
const EDITOR_KEYS = [{ keys: 'Ctrl+Z / Ctrl+Shift+Z', label: 'workspace.keyUndo' }] as const;
/** The line menu opens from the keyboard in either pane. */
const MENU_KEY = { keys: 'Shift+F10', label: 'structure.menuShortcut' } as const;

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
      <p className="cheat-sheet-start">{t('workspace.cheatSheetStart')}</p>
      <div className="cheat-sheet-columns">
        <div>
          <ShortcutTable title={t('workspace.cheatSheetOutsideText')} shortcuts={OUTSIDE_TEXT_SHORTCUTS} />
          <ShortcutTable title={t('workspace.cheatSheetRaw')} shortcuts={[...RAW_PANE_SHORTCUTS, MENU_KEY]} />
          <ShortcutTable title={t('workspace.cheatSheetEditor')} shortcuts={[...EDITOR_KEYS, MENU_KEY]} />
          <ShortcutTable title={t('pageView.cheatSheetPage')} shortcuts={PAGE_VIEW_SHORTCUTS} />
        </div>
        <ShortcutTable title={t('workspace.cheatSheetAnywhere')} shortcuts={WORKSPACE_SHORTCUTS} />
      </div>
    </div>
  );
}
