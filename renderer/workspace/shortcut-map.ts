// One table for what each key does, read by the key handlers and the cheat sheet.
import type { MessageKey } from '../i18n/translate';

export type ShortcutAction =
  | 'nextUncertain'
  | 'previousUncertain'
  | 'toggle'
  | 'join'
  | 'split'
  | 'acceptAll'
  | 'heading'
  | 'caption'
  | 'paragraph'
  | 'furniture'
  | 'splitArticle'
  | 'mergeNext'
  | 'moveBlock'
  | 'save'
  | 'find'
  | 'replace'
  | 'cheatSheet'
  | 'togglePage'
  | 'pageBeside'
  | 'zoomIn'
  | 'zoomOut'
  | 'fitWidth';

export interface Shortcut {
  action: ShortcutAction;
  /** What the cheat sheet shows. */
  keys: string;
  label: MessageKey;
  match: (event: KeyboardEvent) => boolean;
}

const plain = (key: string) => (event: KeyboardEvent) => event.key === key && !event.altKey && !event.ctrlKey && !event.metaKey;
/** Alt+letter by physical key: on macOS Option changes `event.key`. */
const alt = (code: string, shift = false) => (event: KeyboardEvent) => event.altKey && !event.ctrlKey && !event.metaKey && event.shiftKey === shift && event.code === code;

/** Plain keys that decide breaks, only while the raw pane has focus: elsewhere Enter, Space and letters have their own work. */
export const RAW_PANE_SHORTCUTS: Shortcut[] = [
  { action: 'toggle', keys: 'Enter / Space', label: 'workspace.keyToggle', match: (event) => plain('Enter')(event) || plain(' ')(event) },
  { action: 'join', keys: 'A', label: 'workspace.keyJoin', match: plain('a') },
  { action: 'split', keys: 'S', label: 'workspace.keySplit', match: plain('s') },
  { action: 'acceptAll', keys: 'Shift+A', label: 'workspace.keyAcceptAll', match: plain('A') },
];

/**
 * Plain keys wherever they would not type: the raw pane, the list, the issue tree, a button, the
 * page itself — never in a text field or the editor. J and K bring the keyboard to the raw pane.
 */
export const OUTSIDE_TEXT_SHORTCUTS: Shortcut[] = [
  { action: 'nextUncertain', keys: 'J', label: 'workspace.keyNextUncertain', match: plain('j') },
  { action: 'previousUncertain', keys: 'K', label: 'workspace.keyPreviousUncertain', match: plain('k') },
  { action: 'cheatSheet', keys: '?', label: 'workspace.keyCheatSheet', match: (event) => event.key === '?' && !event.altKey && !event.ctrlKey && !event.metaKey },
];

/** Anywhere in the window, text fields and the editor included: chords that typing never produces. Not inside a dialog. */
export const WORKSPACE_SHORTCUTS: Shortcut[] = [
  { action: 'nextUncertain', keys: 'Alt+J', label: 'workspace.keyNextUncertain', match: alt('KeyJ') },
  { action: 'previousUncertain', keys: 'Alt+K', label: 'workspace.keyPreviousUncertain', match: alt('KeyK') },
  { action: 'toggle', keys: 'Alt+Enter', label: 'workspace.keyToggle', match: alt('Enter') },
  { action: 'join', keys: 'Alt+A', label: 'workspace.keyJoin', match: alt('KeyA') },
  { action: 'split', keys: 'Alt+S', label: 'workspace.keySplit', match: alt('KeyS') },
  { action: 'acceptAll', keys: 'Alt+Shift+A', label: 'workspace.keyAcceptAll', match: alt('KeyA', true) },
  { action: 'heading', keys: 'Alt+H', label: 'workspace.keyHeading', match: alt('KeyH') },
  { action: 'caption', keys: 'Alt+C', label: 'workspace.keyCaption', match: alt('KeyC') },
  { action: 'paragraph', keys: 'Alt+P', label: 'workspace.keyParagraph', match: alt('KeyP') },
  { action: 'furniture', keys: 'Alt+F', label: 'workspace.keyFurniture', match: alt('KeyF') },
  { action: 'splitArticle', keys: 'Alt+Shift+S', label: 'workspace.keySplitArticle', match: alt('KeyS', true) },
  { action: 'mergeNext', keys: 'Alt+Shift+M', label: 'workspace.keyMergeNext', match: alt('KeyM', true) },
  { action: 'moveBlock', keys: 'Alt+Shift+B', label: 'workspace.keyMoveBlock', match: alt('KeyB', true) },
  { action: 'save', keys: 'Ctrl+S', label: 'workspace.keySave', match: (event) => (event.ctrlKey || event.metaKey) && !event.altKey && event.code === 'KeyS' },
  { action: 'find', keys: 'Ctrl+F', label: 'workspace.keyFind', match: (event) => (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.code === 'KeyF' },
  { action: 'replace', keys: 'Ctrl+H', label: 'workspace.keyReplace', match: (event) => (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.code === 'KeyH' },
  { action: 'togglePage', keys: 'Alt+V', label: 'pageView.keyTogglePage', match: alt('KeyV') },
  { action: 'pageBeside', keys: 'Alt+Shift+V', label: 'pageView.keyPageBeside', match: alt('KeyV', true) },
  { action: 'cheatSheet', keys: 'F1', label: 'workspace.keyCheatSheet', match: (event) => event.key === 'F1' },
];

/** Plain keys while the printed page has the focus (they would type nowhere there). */
export const PAGE_VIEW_SHORTCUTS: Shortcut[] = [
  { action: 'zoomIn', keys: '+', label: 'pageView.keyZoomIn', match: (event) => (event.key === '+' || event.key === '=') && !event.altKey && !event.ctrlKey && !event.metaKey },
  { action: 'zoomOut', keys: '-', label: 'pageView.keyZoomOut', match: plain('-') },
  { action: 'fitWidth', keys: '0', label: 'pageView.keyFitWidth', match: plain('0') },
];
