import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzePage } from '../../core/analysis/analyze-page';
import type { PageAnalysis } from '../../core/model/page-analysis';
import type { LibraryServices } from '../library/library';
import { openTemporaryLibrary } from '../library/temporary-library';

describe('page service: overrides', () => {
  let opened: ReturnType<typeof openTemporaryLibrary>;
  let services: LibraryServices;
  let pageId: number;
  beforeEach(() => {
    opened = openTemporaryLibrary();
    services = opened.library.services!;
    pageId = services.pages.tree()[0].pages.find((page) => page.articleCount >= 2)?.id ?? services.pages.tree()[0].pages[0].id;
  });
  afterEach(() => opened.dispose());

  /** Splits at the first join inside the body of article `index`. */
  function splitOneJoin(analysis: PageAnalysis, index: number): Record<number, 'split'> {
    const lines = new Set(analysis.articles[index].blocks.flatMap((block) => block.lines));
    const decision = analysis.breaks.find((candidate) => candidate.decision === 'join' && lines.has(candidate.before) && lines.has(candidate.after));
    if (!decision) throw new Error('no join to split on this page');
    return { [decision.id]: 'split' };
  }

  it('returns the raw page, the analysis and article ids aligned with it', () => {
    const detail = services.pages.get(pageId);
    expect(detail.raw.length).toBeGreaterThan(100);
    expect(detail.articleIds).toHaveLength(detail.analysis.articles.length);
    expect(detail.overrides).toBeNull();
    // Lines are not stored but rebuilt from the raw text, exactly as the engine made them.
    expect(detail.analysis.lines).toEqual(analyzePage(detail.raw, { source: detail.page.source }).lines);
    expect(services.articles.get(detail.articleIds[0]).title).toBe(detail.analysis.articles[0].title);
  });

  it('re-syncs articles not edited by hand and leaves edited ones alone', () => {
    const before = services.pages.get(pageId);
    const [first] = before.articleIds;
    const breaks = splitOneJoin(before.analysis, 0);
    const after = services.pages.setOverrides(pageId, { breaks });
    expect(after.overrides).toEqual({ breaks });
    expect(after.analysis.articles[0].blocks.length).toBe(before.analysis.articles[0].blocks.length + 1);
    const followed = services.articles.get(first);
    expect(followed.blocks.length).toBe(after.analysis.articles[0].blocks.length);
    expect(followed.revision).toBe(2);
    expect(services.articles.revisions(first)[0].reason).toBe('reassembled');

    services.articles.save({ articleId: first, baseRevision: 2, fields: followed.fields, blocks: [{ type: 'paragraph', text: '编辑亲手改过。' }], doc: null });
    services.pages.setOverrides(pageId, {});
    expect(services.articles.get(first).text).toBe('编辑亲手改过。');
    expect(services.pages.get(pageId).analysis.articles[0].blocks.length).toBe(before.analysis.articles[0].blocks.length);
  });

  it('groups pages by issue, newest first, undated last', () => {
    const dates = services.pages.tree().map((group) => group.issueDate);
    const known = dates.filter((date): date is string => date !== null);
    expect(known).toEqual([...known].sort().reverse());
    if (dates.includes(null)) expect(dates.at(-1)).toBeNull();
  });
});
