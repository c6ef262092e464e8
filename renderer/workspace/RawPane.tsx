import { useCallback, useMemo, type KeyboardEvent, type MouseEvent } from 'react';
import { useT } from '../i18n/use-t';
import { useArticleSession } from '../stores/article-session-store';
import { isComposing } from './composition-guard';
import { RawLineRow } from './RawLineRow';
import { runShortcut } from './run-shortcut';
import { RAW_PANE_SHORTCUTS } from './shortcut-map';
import { registerRawScroller } from './scroll-sync';
import { rawSelectionLines, showLinesInEditor } from './sync-actions';
import { openMenuOnRawLine } from './structure-menu-actions';
import { UncertainCount } from './UncertainCount';
import { VirtualList } from './VirtualList';

export const RAW_ROW_HEIGHT = 24;

/** The page as OCR gave it: every line numbered, every break marked with its decision. */
export function RawPane() {
  const t = useT();
  const analysis = useArticleSession((state) => state.page?.analysis);
  const articleIndex = useArticleSession((state) => state.articleIndex);
  const syncedLines = useArticleSession((state) => state.syncedLines);
  const focusLine = useArticleSession((state) => state.rawFocusLine);
  const placements = useMemo(() => new Map(analysis?.placements.map((placement) => [placement.line, placement])), [analysis]);
  const breaks = useMemo(() => new Map(analysis?.breaks.map((decision) => [decision.id, decision])), [analysis]);
  const synced = useMemo(() => new Set(syncedLines), [syncedLines]);
  const lines = useMemo(() => analysis?.lines ?? [], [analysis]);

  const renderRow = useCallback(
    (index: number) => (
      <RawLineRow key={index} line={index} text={lines[index]?.text ?? ''} placement={placements.get(index)} articleIndex={articleIndex} decision={breaks.get(index)} synced={synced.has(index)} height={RAW_ROW_HEIGHT} />
    ),
    [lines, placements, articleIndex, breaks, synced],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (isComposing(event)) return;
    const shortcut = RAW_PANE_SHORTCUTS.find((candidate) => candidate.match(event.nativeEvent));
    if (!shortcut) return;
    event.preventDefault();
    runShortcut(shortcut.action);
  };

  const onListRef = useCallback((element: HTMLDivElement | null) => registerRawScroller(element, RAW_ROW_HEIGHT), []);

  const onMouseUp = () => {
    const selected = rawSelectionLines(window.getSelection());
    if (selected.length === 0) return;
    useArticleSession.setState({ syncedLines: selected });
    showLinesInEditor(selected);
  };

  const onContextMenu = (event: MouseEvent<HTMLDivElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-line]');
    if (!row) return;
    event.preventDefault();
    openMenuOnRawLine(Number(row.dataset.line), event.clientX, event.clientY);
  };

  return (
    <div className="raw-pane" onMouseUp={onMouseUp} onContextMenu={onContextMenu}>
      <div className="pane-heading">
        <span>{t('workspace.rawPane')}</span>
        <UncertainCount />
      </div>
      <VirtualList className="raw-lines" label={t('workspace.rawPane')} count={lines.length} rowHeight={RAW_ROW_HEIGHT} renderRow={renderRow} scrollToIndex={focusLine} onKeyDown={onKeyDown} listRef={onListRef} />
    </div>
  );
}
