import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzePage } from '../../core/analysis/analyze-page';
import { tagArticle } from '../../core/tagging/suggest-tags';
import type { PageAnalysis } from '../../core/model/page-analysis';
import type { LibraryServices } from '../library/library';
import { demoPageInputs } from '../library/demo-pages';
import { openTemporaryLibrary, SEEDS_DIR } from '../library/temporary-library';

const EXTRACTOR_OUTPUT = path.resolve(import.meta.dirname, '../../core/analysis/test-support/extractor-output');

describe('page service: overrides', () => {
  let opened: Awaited<ReturnType<typeof openTemporaryLibrary>>;
  let services: LibraryServices;
  let pageId: number;
  beforeEach(async () => {
    opened = await openTemporaryLibrary();
    services = opened.library.services!;
    const [newest] = await services.pages.tree();
    pageId = newest.pages.find((page) => page.articleCount >= 2)?.id ?? newest.pages[0].id;
  });
  afterEach(() => opened.dispose());

  /** Splits at the first join inside the body of article `index`. */
  function splitOneJoin(analysis: PageAnalysis, index: number): Record<number, 'split'> {
    const lines = new Set(analysis.articles[index].blocks.flatMap((block) => block.lines));
    const decision = analysis.breaks.find((candidate) => candidate.decision === 'join' && lines.has(candidate.before) && lines.has(candidate.after));
    if (!decision) throw new Error('no join to split on this page');
    return { [decision.id]: 'split' };
  }

  it('returns the analysis with the raw lines, and article ids aligned with it', async () => {
    const detail = await services.pages.get(pageId);
    const raw = (await services.store.read.pages.get(pageId))!.raw;
    expect(raw.length).toBeGreaterThan(100);
    expect(detail).not.toHaveProperty('raw');
    expect(detail.articleIds).toHaveLength(detail.analysis.articles.length);
    expect(detail.overrides).toBeNull();
    // Lines are not stored but rebuilt from the raw text, exactly as the engine made them.
    expect(detail.analysis.lines).toEqual(analyzePage(raw, { source: detail.page.source }).lines);
    expect((await services.articles.get(detail.articleIds[0])).title).toBe(detail.analysis.articles[0].title);
  });

  it('keeps the lines the engine repaired (two columns an extractor merged, taken apart) across a reopen', async () => {
    const file = readFileSync(path.join(EXTRACTOR_OUTPUT, 'two-columns.pdftotext-layout.txt'), 'utf8');
    const [item] = (await services.imports.importText('merged.txt', file)).items;
    const raw = (await services.store.read.pages.get(item.pageId!))!.raw;
    const analysis = analyzePage(raw, { source: 'merged.txt' });
    expect(analysis.lines.map((line) => line.text)).not.toEqual(raw.split('\n'));
    const detail = await services.pages.get(item.pageId!);
    expect(detail.analysis.lines).toEqual(analysis.lines);
    expect(detail.analysis.articles.map((article) => article.title)).toEqual(analysis.articles.map((article) => article.title));
  });

  it('re-syncs articles not edited by hand and leaves edited ones alone', async () => {
    const before = await services.pages.get(pageId);
    const [first] = before.articleIds;
    const breaks = splitOneJoin(before.analysis, 0);
    const after = await services.pages.setOverrides(pageId, { breaks });
    expect(after.overrides).toEqual({ breaks });
    expect(after.analysis.articles[0].blocks.length).toBe(before.analysis.articles[0].blocks.length + 1);
    const followed = await services.articles.get(first);
    expect(followed.blocks.length).toBe(after.analysis.articles[0].blocks.length);
    expect(followed.revision).toBe(2);
    expect((await services.articles.revisions(first))[0].reason).toBe('reassemble');

    await services.articles.save({ articleId: first, baseRevision: 2, fields: followed.fields, blocks: [{ type: 'paragraph', text: '编辑亲手改过。' }], doc: null });
    await services.pages.setOverrides(pageId, {});
    expect((await services.articles.get(first)).text).toBe('编辑亲手改过。');
    expect((await services.pages.get(pageId)).analysis.articles[0].blocks.length).toBe(before.analysis.articles[0].blocks.length);
  });

  /** A page with at least two articles, the first with a paragraph that can start an article of its own. */
  async function splittablePage(): Promise<{ pageId: number; splitAt: number }> {
    for (const group of await services.pages.tree())
      for (const page of group.pages) {
        const { analysis } = await services.pages.get(page.id);
        const paragraphs = analysis.articles[0]?.blocks.filter((block) => block.type === 'paragraph') ?? [];
        if (analysis.articles.length >= 2 && paragraphs.length >= 2) return { pageId: page.id, splitAt: paragraphs.at(-1)!.lines[0] };
      }
    throw new Error('no page to split among the seeds');
  }

  it('keeps each article’s record through a split: the tail is new, the rest keep their tags, status and history', async () => {
    const { pageId: page, splitAt } = await splittablePage();
    const before = await services.pages.get(page);
    const [first, second] = before.articleIds;
    const secondDetail = await services.articles.get(second);
    await services.articles.setStatus(second, secondDetail.revision, 'proofread');
    await services.store.write.tags.put(second, { type: 'theme', name: '司法改革', source: 'confirmed' });

    const after = await services.pages.setOverrides(page, { articleStarts: [splitAt] });
    expect(after.analysis.articles).toHaveLength(before.analysis.articles.length + 1);
    expect(after.articleIds).toHaveLength(after.analysis.articles.length);
    const [head, tail, shifted] = after.articleIds;
    expect(head).toBe(first);
    expect(tail).not.toBe(second);
    expect(shifted).toBe(second);
    expect(await services.articles.get(second)).toMatchObject({ status: 'proofread', ordinal: 2, title: after.analysis.articles[2].title });
    expect((await services.articles.get(second)).tags).toContainEqual({ type: 'theme', name: '司法改革', source: 'confirmed' });
    const newTail = await services.articles.get(tail);
    expect(newTail).toMatchObject({ status: 'raw', revision: 1, ordinal: 1 });
    expect(newTail.tags.every((tag) => tag.source === 'suggested')).toBe(true);
    expect((await services.articles.revisions(tail)).map((revision) => revision.reason)).toEqual(['import']);
    expect((await services.articles.list({ pageId: page }, 0, 50)).items.map((item) => item.id)).toEqual(after.articleIds);
  });

  it('retires an article merged away (out of listings and search, history kept) and revives it when it comes back', async () => {
    const { pageId: page, splitAt } = await splittablePage();
    const original = (await services.pages.get(page)).articleIds;
    const tail = (await services.pages.setOverrides(page, { articleStarts: [splitAt] })).articleIds[1];
    const tailTitle = (await services.articles.get(tail)).title;
    await services.articles.save({ articleId: tail, baseRevision: 1, fields: { ...(await services.articles.get(tail)).fields, title: '独一无二的拆分标题' }, blocks: [{ type: 'paragraph', text: '拆出来的稿件。' }], doc: null });

    const merged = await services.pages.setOverrides(page, {});
    expect(merged.articleIds).toEqual(original);
    expect((await services.articles.list({}, 0, 500)).items.map((item) => item.id)).not.toContain(tail);
    expect((await services.search.search('独一无二的拆分标题', {}, 0, 10)).total).toBe(0);
    expect((await services.pages.tree()).flatMap((group) => group.pages).find((summary) => summary.id === page)!.articleCount).toBe(original.length);
    expect((await services.articles.revisions(tail)).map((revision) => revision.reason)).toEqual(['edit', 'import']);
    expect((await services.articles.revision(tail, 1)).title).toBe(tailTitle);

    const again = await services.pages.setOverrides(page, { articleStarts: [splitAt] });
    expect(again.articleIds[1]).toBe(tail);
    // Edited by hand before it was merged away: it comes back with the editor's text.
    expect((await services.articles.get(tail)).text).toBe('拆出来的稿件。');
    expect((await services.search.search('独一无二的拆分标题', {}, 0, 10)).hits.map((hit) => hit.article.id)).toEqual([tail]);
  });

  it('pairs records from before anchors were stored by where they stood in the page', async () => {
    const { pageId: page, splitAt } = await splittablePage();
    const [first, second] = (await services.pages.get(page)).articleIds;
    await services.store.sql.run('UPDATE articles SET anchor_line = NULL WHERE page_id = ?', [page]);
    const after = await services.pages.setOverrides(page, { articleStarts: [splitAt] });
    expect([after.articleIds[0], after.articleIds[2]]).toEqual([first, second]);
    expect(after.articleIds[1]).not.toBe(second);
  });

  it('keeps a hand-edited article’s text when a split moves it down the page', async () => {
    const { pageId: page, splitAt } = await splittablePage();
    const second = (await services.pages.get(page)).articleIds[1];
    const detail = await services.articles.get(second);
    await services.articles.save({ articleId: second, baseRevision: detail.revision, fields: detail.fields, blocks: [{ type: 'paragraph', text: '编辑改过的第二篇。' }], doc: null });
    const after = await services.pages.setOverrides(page, { articleStarts: [splitAt] });
    expect(after.articleIds[2]).toBe(second);
    expect(await services.articles.get(second)).toMatchObject({ text: '编辑改过的第二篇。', ordinal: 2 });
  });

  /** The page-000 seed: two articles about two different courts. */
  async function twoCourtPage(): Promise<number> {
    // The demo pages are stored under the names seeds/pages/pages.json gives them.
    const seed = demoPageInputs(SEEDS_DIR).find((input) => input.path?.endsWith('000_a039a68cf8da8ce7.txt'));
    const found = (await services.pages.tree()).flatMap((group) => group.pages).find((summary) => `${summary.source}.txt` === seed?.name || summary.source === seed?.name);
    if (!found) throw new Error('seed page 000 missing');
    return found.id;
  }

  /** The overrides the editor's merge sends: the second article's headline becomes a heading of the first. */
  function mergeOverrides(analysis: PageAnalysis): Record<string, unknown> {
    const roles = Object.fromEntries(analysis.placements.filter((placement) => placement.article === 1 && placement.role === 'title').map((placement) => [placement.line, 'heading']));
    return { roles };
  }

  const suggestedNames = async (articleId: number) =>
    (await services.articles.get(articleId)).tags
      .filter((tag) => tag.source === 'suggested')
      .map((tag) => `${tag.type}:${tag.name}`)
      .sort();
  const engineNames = async (articleId: number) => {
    const detail = await services.articles.get(articleId);
    const tags = tagArticle({ ...detail.fields, blocks: detail.blocks, courts: [], themes: [] }, services.vocabulary.current());
    return [...tags.courts.map((name) => `court:${name}`), ...tags.themes.map((name) => `theme:${name}`)].sort();
  };

  it('recomputes the suggested tags of both halves after a merge and a split; confirmed tags stay, the merged-away article’s go along', async () => {
    const page = await twoCourtPage();
    const before = await services.pages.get(page);
    const [first, second] = before.articleIds;
    const firstOnly = await suggestedNames(first);
    await services.store.write.tags.put(second, { type: 'theme', name: '法院文化', source: 'confirmed' });
    await services.store.write.tags.put(first, { type: 'theme', name: '队伍建设', source: 'confirmed' });

    const merged = await services.pages.setOverrides(page, mergeOverrides(before.analysis));
    expect(merged.articleIds).toEqual([first]);
    const mergedTags = (await services.articles.get(first)).tags;
    expect(mergedTags).toContainEqual({ type: 'theme', name: '法院文化', source: 'confirmed' });
    expect(mergedTags).toContainEqual({ type: 'theme', name: '队伍建设', source: 'confirmed' });
    // The second article's court is in the merged text: it is suggested now.
    const mergedSuggested = await suggestedNames(first);
    expect(mergedSuggested).toEqual((await engineNames(first)).filter((name) => !['theme:法院文化', 'theme:队伍建设'].includes(name)));
    expect(mergedSuggested).not.toEqual(firstOnly.filter((name) => name !== 'theme:队伍建设'));

    // Split back: the head loses what only the tail argued for; the tail comes back with fresh suggestions.
    const split = await services.pages.setOverrides(page, {});
    expect(split.articleIds).toEqual([first, second]);
    expect(await suggestedNames(first)).toEqual((await engineNames(first)).filter((name) => name !== 'theme:队伍建设' && name !== 'theme:法院文化'));
    expect((await services.articles.get(first)).tags).toContainEqual({ type: 'theme', name: '队伍建设', source: 'confirmed' });
    expect(await suggestedNames(second)).toEqual((await engineNames(second)).filter((name) => name !== 'theme:法院文化'));
  });

  it('recomputes the suggestions of a hand-edited head from its own text after a split', async () => {
    const { pageId: page, splitAt } = await splittablePage();
    const [first] = (await services.pages.get(page)).articleIds;
    const detail = await services.articles.get(first);
    // The editor's save keeps only the head; the court named in the tail must not stay suggested on it.
    await services.articles.save({ articleId: first, baseRevision: detail.revision, fields: detail.fields, blocks: [{ type: 'paragraph', text: '只有开头一段，没有法院。' }], doc: null });
    await services.pages.setOverrides(page, { articleStarts: [splitAt] });
    expect(await suggestedNames(first)).toEqual(await engineNames(first));
  });

  it('groups pages by issue, newest first, undated last', async () => {
    const dates = (await services.pages.tree()).map((group) => group.issueDate);
    const known = dates.filter((date): date is string => date !== null);
    expect(known).toEqual([...known].sort().reverse());
    if (dates.includes(null)) expect(dates.at(-1)).toBeNull();
  });
});
