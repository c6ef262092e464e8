import { useEffect, useState } from 'react';
import { useArticleSession } from '../../stores/article-session-store';

/**
 * The lines to frame on the page: whichever moved last of the editor's selection
 * (or a raw-pane selection, both end in `syncedLines`) and the raw pane's current
 * line (a break stepped to with J/K). Nothing once another article opens, until
 * the cursor or the review moves in it.
 */
export function useCurrentLines(): number[] {
  const [lines, setLines] = useState<number[]>(() => {
    const { syncedLines, rawFocusLine } = useArticleSession.getState();
    return syncedLines.length > 0 ? syncedLines : rawFocusLine !== null ? [rawFocusLine] : [];
  });
  useEffect(
    () =>
      useArticleSession.subscribe((state, previous) => {
        if (state.article?.id !== previous.article?.id) setLines(state.syncedLines);
        else if (state.syncedLines !== previous.syncedLines && state.syncedLines.length > 0) setLines(state.syncedLines);
        else if (state.rawFocusLine !== previous.rawFocusLine && state.rawFocusLine !== null) setLines([state.rawFocusLine]);
      }),
    [],
  );
  return lines;
}
