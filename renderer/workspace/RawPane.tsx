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

/** A raw line drawn on one line of text, and each further line it wraps to (as workspace.css draws them). */
export const RAW_ROW_HEIGHT = 24;
const RAW_WRAP_HEIGHT = 20;
/** The line number and break mark columns, and the text's size, for guessing where a line wraps. */
const RAW_GUTTER_WIDTH = 60;
const RAW_FONT_SIZE = 13;

/** About one em for a Chinese character or full-width mark, half for Latin letters, digits and spaces. */
function textEms(text: string): number {
  let ems = 0;
  for (const character of text) ems += character.codePointAt(0)! >= 0x2e80 ? 1 : 0.5;
  return ems;
}

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

  // A row's height before it is drawn: close enough that the scrollbar does not jump as rows are measured.
  const estimateRowHeight = useCallback(
    (index: number, width: number) => {
      const textWidth = width - RAW_GUTTER_WIDTH;
      if (textWidth <= 0) return RAW_ROW_HEIGHT;
      const wraps = Math.max(0, Math.ceil((textEms(lines[index]?.text ?? '') * RAW_FONT_SIZE) / textWidth) - 1);
      return RAW_ROW_HEIGHT + wraps * RAW_WRAP_HEIGHT;
    },
    [lines],
  );

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
      <VirtualList className="raw-lines" label={t('workspace.rawPane')} count={lines.length} estimateRowHeight={estimateRowHeight} renderRow={renderRow} scrollToIndex={focusLine} onKeyDown={onKeyDown} listRef={registerRawScroller} />
    </div>
  );
}
