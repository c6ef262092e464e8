import { save, setCheatSheet, useArticleSession } from '../stores/article-session-store';
import { fitPageWidth, togglePageBeside, togglePageView, zoomPage } from '../stores/page-view-store';
import { acceptAllAbove, markBlock, setBreak, stepUncertain, toggleBreak } from './review-actions';
import { openFind } from './find-actions';
import type { ShortcutAction } from './shortcut-map';
import { mergeWithNext, moveBlockPrompt, splitArticleAtCursor } from './structure-actions';

export function runShortcut(action: ShortcutAction): void {
  const state = useArticleSession.getState();
  const current = state.currentBreakId;
  switch (action) {
    case 'nextUncertain':
      return stepUncertain(1);
    case 'previousUncertain':
      return stepUncertain(-1);
    case 'toggle':
      return toggleBreak();
    case 'join':
      if (current !== null) setBreak(current, 'join');
      return;
    case 'split':
      if (current !== null) setBreak(current, 'split');
      return;
    case 'acceptAll':
      acceptAllAbove(state.settings.acceptThreshold);
      return;
    case 'heading':
    case 'caption':
    case 'paragraph':
    case 'furniture':
      return markBlock(action);
    case 'splitArticle':
      return void splitArticleAtCursor();
    case 'mergeNext':
      return void mergeWithNext();
    case 'moveBlock':
      return void moveBlockPrompt();
    case 'save':
      return void save();
    case 'find':
      return openFind(false);
    case 'replace':
      return openFind(true);
    case 'cheatSheet':
      return setCheatSheet(!state.cheatSheetOpen);
    // Only a page read from a PDF has a printed page to show.
    case 'togglePage':
      if (state.page?.analysis.geometry) togglePageView();
      return;
    case 'pageBeside':
      if (state.page?.analysis.geometry) togglePageBeside();
      return;
    case 'zoomIn':
      return zoomPage(1);
    case 'zoomOut':
      return zoomPage(-1);
    case 'fitWidth':
      return fitPageWidth();
  }
}
