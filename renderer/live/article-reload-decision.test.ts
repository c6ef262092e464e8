import { describe, expect, it } from 'vitest';
import { articleReloadDecision, type OpenArticleState } from './article-reload-decision';

const open: OpenArticleState = { articleId: 7, baseRevision: 3, saveState: 'saved', loading: false };

describe('open article after a change in the library', () => {
  it('reloads quietly when someone else saved a newer revision and nothing here is unsaved', () => {
    expect(articleReloadDecision(open, 7, 4)).toBe('reload');
  });

  it('keeps it when the revision is the one the editor has (my own save came back)', () => {
    expect(articleReloadDecision(open, 7, 3)).toBe('keep');
  });

  it('never replaces unsaved or unsaveable text: the save meets the conflict dialog instead', () => {
    for (const saveState of ['dirty', 'saving', 'conflict', 'error'] as const) expect(articleReloadDecision({ ...open, saveState }, 7, 9), saveState).toBe('keep');
  });

  it('leaves alone an article that is no longer the open one or still loading', () => {
    expect(articleReloadDecision({ ...open, articleId: 8 }, 7, 9)).toBe('keep');
    expect(articleReloadDecision({ ...open, loading: true }, 7, 9)).toBe('keep');
  });

  it('closes an article someone removed, unless it holds unsaved text', () => {
    expect(articleReloadDecision(open, 7, null)).toBe('close');
    expect(articleReloadDecision({ ...open, saveState: 'dirty' }, 7, null)).toBe('keep');
  });
});
