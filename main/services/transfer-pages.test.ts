// 发送到共享文库 / 带回本机 between a real SQLite library on this computer and a
// real shared library on the PostgreSQL test server (skipped, with the reason,
// when no server is configured: the shared side needs one).
import { afterEach, expect, it } from 'vitest';
import type { ArticleTag } from '../../core/model/library';
import type { PageAnalysis } from '../../core/model/page-analysis';
import type { Library, LibraryServices } from '../library/library';
import { parseSharedLocation } from '../library/library-location';
import { openLibrary } from '../library/open-library';
import { openSharedLibrary } from '../library/open-shared-library';
import { SEEDS_DIR, temporaryDir, VOCABULARY_DIR } from '../library/temporary-library';
import { pdfFixture } from '../pdf/make-test-pdf.fixture';
import { createTestDatabase, describePostgres } from '../store/postgres/test-database.fixture';
import type { RevisionRow } from '../store/repositories/revisions-repository';
import type { Store } from '../store/store';
import { transferPages } from './transfer-pages';

describePostgres('transfer pages between a local and a shared library', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /** A library on this computer, always SQLite (openLibrary itself, whatever the test project's engine). */
  async function local(seeded = true): Promise<LibraryServices> {
    const library = await openLibrary({ dataDir: temporaryDir(), vocabularyDir: VOCABULARY_DIR, seedsDir: seeded ? SEEDS_DIR : undefined });
    cleanups.push(() => library.close());
    return library.services!;
  }

  async function shared(person = '乙'): Promise<LibraryServices> {
    const database = await createTestDatabase();
    cleanups.push(() => database.drop());
    const library: Library = await openSharedLibrary({ location: parseSharedLocation(database.url), dataDir: temporaryDir(), vocabularyDir: VOCABULARY_DIR, person });
    cleanups.push(() => library.close());
    return library.services!;
  }

  const TABLES = ['pages', 'articles', 'revisions', 'article_tags', 'rejected_tags', 'pdf_files'] as const;
  async function counts(store: Store): Promise<Record<string, number>> {
    const result: Record<string, number> = {};
    for (const table of TABLES) result[table] = Number(await store.sql.value(`SELECT count(*) FROM ${table}`));
    return result;
  }

  async function revisionsOf(store: Store, articleId: number): Promise<Omit<RevisionRow, 'articleId'>[]> {
    const rows = [];
    for (const { revision } of (await store.read.revisions.list(articleId)).reverse()) {
      const { articleId: _id, ...row } = (await store.read.revisions.get(articleId, revision))!;
      rows.push(row);
    }
    return rows;
  }

  /** Everything a page carries, keyed so that two libraries' copies compare equal (ids differ, content does not). */
  async function pageContent(store: Store, pageId: number) {
    const page = (await store.read.pages.get(pageId))!;
    const articles = [];
    for (const article of await store.read.articles.ofPage(pageId)) {
      articles.push({
        anchorLine: article.anchorLine,
        ordinal: article.ordinal,
        title: article.title,
        text: article.text,
        status: article.status,
        revision: article.revision,
        retiredAt: article.retiredAt,
        revisions: await revisionsOf(store, article.id),
        tags: await store.read.tags.ofArticle(article.id),
        rejected: await store.read.rejectedTags.ofArticle(article.id),
      });
    }
    articles.sort((left, right) => (left.anchorLine ?? -1) - (right.anchorLine ?? -1) || left.ordinal - right.ordinal);
    return { source: page.source, raw: page.raw, contentHash: page.contentHash, overridesJson: page.overridesJson, pdf: (await store.read.pdfFiles.sourceOfPage(pageId)) ?? null, articles };
  }

  async function sharedPageId(store: Store, from: Store, fromPageId: number): Promise<number> {
    const ids = await store.read.pages.idsWithHash((await from.read.pages.get(fromPageId))!.contentHash);
    expect(ids).toHaveLength(1);
    return ids[0];
  }

  /** Two seed pages with several articles each. */
  async function seedPages(services: LibraryServices): Promise<number[]> {
    const pages = (await services.pages.tree()).flatMap((group) => group.pages).filter((page) => page.articleCount >= 2);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    return pages.slice(0, 2).map((page) => page.id);
  }

  /** Splits at the first join inside article `index`'s body: a reading decision stored in the page's overrides. */
  function splitOneJoin(analysis: PageAnalysis, index: number): Record<number, 'split'> {
    const lines = new Set(analysis.articles[index].blocks.flatMap((block) => block.lines));
    const decision = analysis.breaks.find((candidate) => candidate.decision === 'join' && lines.has(candidate.before) && lines.has(candidate.after));
    if (!decision) throw new Error('no join to split on this page');
    return { [decision.id]: 'split' };
  }

  async function saveText(services: LibraryServices, articleId: number, text: string) {
    const detail = await services.articles.get(articleId);
    return services.articles.save({ articleId, baseRevision: detail.revision, fields: detail.fields, blocks: [{ type: 'paragraph', text }], doc: null });
  }

  /** The local library with an editor's work on it: a decision, an edit, a confirmed tag and a rejected suggestion, and a PDF page. */
  async function workedLocal() {
    const services = await local();
    const [first, second] = await seedPages(services);
    await services.pages.setOverrides(first, { breaks: splitOneJoin((await services.pages.get(first)).analysis, 0) });
    const articleId = (await services.pages.get(first)).articleIds[1];
    await saveText(services, articleId, '本机编辑改过的正文。');
    const confirmed: ArticleTag = { type: 'theme', name: '司法改革', source: 'confirmed' };
    const rejected = { type: 'court' as const, name: '呼和浩特市中级人民法院' };
    await services.store.transaction(async () => {
      await services.store.write.tags.put(articleId, confirmed);
      await services.store.write.rejectedTags.add(articleId, rejected);
    });
    const [item] = (await services.imports.importFiles([{ name: 'import-page.pdf', bytes: pdfFixture('import-page.pdf') }])).items;
    expect(item.pageIds!.length).toBeGreaterThanOrEqual(1);
    return { services, pageIds: [first, second, item.pageIds![0]], articleId, confirmed, rejected };
  }

  it('sends pages with everything done to them, and sending them again changes nothing', async () => {
    const { services: mine, pageIds, articleId, confirmed, rejected } = await workedLocal();
    const office = await shared();
    const before = await counts(office.store);

    const report = await transferPages(mine.store, office.store, pageIds);
    expect(report).toMatchObject({ sent: 3, updated: 0, unchanged: 0, conflicts: 0, failed: 0 });
    expect(report.pages.map((page) => page.outcome)).toEqual(['sent', 'sent', 'sent']);
    for (const page of report.pages) expect(page.articles.every((article) => article.outcome === 'sent')).toBe(true);

    for (const pageId of pageIds) {
      const theirs = await sharedPageId(office.store, mine.store, pageId);
      expect(await pageContent(office.store, theirs)).toEqual(await pageContent(mine.store, pageId));
    }
    // The decision, the edit with its whole history, the tags the editor confirmed and turned down.
    const sentFirst = await sharedPageId(office.store, mine.store, pageIds[0]);
    expect((await office.store.read.pages.get(sentFirst))!.overridesJson).toMatch(/split/);
    const edited = (await office.store.read.articles.ofPage(sentFirst)).filter((article) => article.text === '本机编辑改过的正文。');
    expect(edited).toHaveLength(1);
    expect(edited[0].anchorLine).toBe((await mine.store.read.articles.get(articleId))!.anchorLine);
    expect(await office.store.read.tags.ofArticle(edited[0].id)).toContainEqual(confirmed);
    expect(await office.store.read.rejectedTags.ofArticle(edited[0].id)).toEqual([rejected]);
    // Saved on a laptop that names nobody: the copies do not claim the office library's person saved them.
    expect((await office.articles.revisions(edited[0].id)).map((revision) => revision.savedBy)).toEqual((await mine.articles.revisions(articleId)).map(() => null));

    // The PDF page: its file, as stored on the laptop, with its page count; the page view works in the office.
    const pdfPageId = await sharedPageId(office.store, mine.store, pageIds[2]);
    const source = (await mine.store.read.pdfFiles.sourceOfPage(pageIds[2]))!;
    expect(await office.store.read.pdfFiles.bytes(source.sha256)).toEqual(await mine.store.read.pdfFiles.bytes(source.sha256));
    const pageCount = 'SELECT page_count FROM pdf_files WHERE sha256 = ?';
    expect(Number(await office.store.sql.value(pageCount, [source.sha256]))).toBe(Number(await mine.store.sql.value(pageCount, [source.sha256])));
    expect(Number(await office.store.sql.value(pageCount, [source.sha256]))).toBeGreaterThan(0);
    expect(await office.pages.pdf(pdfPageId)).toEqual(await mine.pages.pdf(pageIds[2]));

    const sent = await counts(office.store);
    expect(sent.pages - before.pages).toBe(3);
    expect(sent.pdf_files - before.pdf_files).toBe(1);

    const again = await transferPages(mine.store, office.store, pageIds);
    expect(again).toMatchObject({ sent: 0, updated: 0, unchanged: 3, conflicts: 0, failed: 0 });
    for (const page of again.pages) expect(page.articles.every((article) => article.outcome === 'unchanged')).toBe(true);
    expect(await counts(office.store)).toEqual(sent);
  });

  it('sends a later edit as one more revision on top of the shared history', async () => {
    const mine = await local();
    const office = await shared();
    const [pageId] = await seedPages(mine);
    await transferPages(mine.store, office.store, [pageId]);
    const articleId = (await mine.pages.get(pageId)).articleIds[0];
    const theirsId = (await office.pages.get(await sharedPageId(office.store, mine.store, pageId))).articleIds[0];
    const historyBefore = await revisionsOf(office.store, theirsId);

    await saveText(mine, articleId, '回家后又改了一遍。');
    const report = await transferPages(mine.store, office.store, [pageId]);
    expect(report).toMatchObject({ updated: 1, conflicts: 0, failed: 0 });
    const [page] = report.pages;
    expect(page.outcome).toBe('updated');
    expect(page.articles.filter((article) => article.outcome === 'updated')).toHaveLength(1);
    expect(page.articles.filter((article) => article.outcome !== 'updated').every((article) => article.outcome === 'unchanged')).toBe(true);

    const historyAfter = await revisionsOf(office.store, theirsId);
    expect(historyAfter.slice(0, historyBefore.length)).toEqual(historyBefore);
    expect(historyAfter).toEqual(await revisionsOf(mine.store, articleId));
    expect((await office.articles.get(theirsId)).text).toBe('回家后又改了一遍。');
    expect(await office.search.search('回家后又改了', {}, 0, 10)).toMatchObject({ total: 1 });
  });

  it('reports a conflict when both sides edited the same revision, and the receiving side keeps its own', async () => {
    const mine = await local();
    const office = await shared();
    const [pageId] = await seedPages(mine);
    await transferPages(mine.store, office.store, [pageId]);
    const articleId = (await mine.pages.get(pageId)).articleIds[0];
    const theirsId = (await office.pages.get(await sharedPageId(office.store, mine.store, pageId))).articleIds[0];

    await saveText(mine, articleId, '笔记本上的改法。');
    await saveText(office, theirsId, '办公室里的改法。');
    const officeHistory = await revisionsOf(office.store, theirsId);
    const report = await transferPages(mine.store, office.store, [pageId]);
    expect(report).toMatchObject({ sent: 0, updated: 0, conflicts: 1, failed: 0 });
    const conflict = report.pages[0].articles.find((article) => article.outcome === 'conflict')!;
    expect(conflict.reason).toMatch(/接收方保留了自己的版本.*receiving side kept its own/);
    expect((await office.articles.get(theirsId)).text).toBe('办公室里的改法。');
    expect(await revisionsOf(office.store, theirsId)).toEqual(officeHistory);
    expect(officeHistory.at(-1)!.savedBy).toBe('乙');
  });

  it('takes a page home with who saved each revision, and says which pages it could not find while sending the rest', async () => {
    const office = await shared('甲');
    await office.imports.importInputs((await import('../library/demo-pages')).demoPageInputs(SEEDS_DIR).slice(0, 1));
    const [pageId] = (await office.pages.tree()).flatMap((group) => group.pages).map((page) => page.id);
    const articleId = (await office.pages.get(pageId)).articleIds[0];
    await saveText(office, articleId, '甲在办公室改的。');
    const home = await local(false);

    const report = await transferPages(office.store, home.store, [987_654, pageId]);
    expect(report).toMatchObject({ sent: 1, failed: 1 });
    expect(report.pages[0]).toMatchObject({ fromPageId: 987_654, toPageId: null, outcome: 'failed', articles: [] });
    expect(report.pages[0].error).toMatch(/987654.*\/.*987654/);
    expect(report.pages[1]).toMatchObject({ fromPageId: pageId, outcome: 'sent' });
    const homePage = report.pages[1].toPageId!;
    expect(await pageContent(home.store, homePage)).toEqual(await pageContent(office.store, pageId));
    const homeArticle = (await home.pages.get(homePage)).articleIds[0];
    expect((await home.articles.revisions(homeArticle)).map((revision) => revision.savedBy)).toEqual(['甲', '甲']);
    expect((await home.articles.get(homeArticle)).text).toBe('甲在办公室改的。');
  });

  it('sends a split article to a library that already has the page: the new structure, the new article, the order', async () => {
    const mine = await local();
    const office = await shared();
    const [, pageId] = await seedPages(mine);
    await transferPages(mine.store, office.store, [pageId]);
    const theirsPage = await sharedPageId(office.store, mine.store, pageId);
    const articlesBefore = (await office.pages.get(theirsPage)).articleIds.length;

    // Split the first article at its last paragraph: a new article in the middle, the ones after it move down.
    const paragraphs = (await mine.pages.get(pageId)).analysis.articles[0].blocks.filter((block) => block.type === 'paragraph');
    expect(paragraphs.length).toBeGreaterThanOrEqual(2);
    const split = await mine.pages.setOverrides(pageId, { articleStarts: [paragraphs.at(-1)!.lines[0]] });
    expect(split.articleIds).toHaveLength(articlesBefore + 1);

    const report = await transferPages(mine.store, office.store, [pageId]);
    expect(report).toMatchObject({ updated: 1, conflicts: 0, failed: 0 });
    expect(report.pages[0].articles.filter((article) => article.outcome === 'sent')).toHaveLength(1);
    expect(await pageContent(office.store, theirsPage)).toEqual(await pageContent(mine.store, pageId));
    // The office opens the page as the laptop left it.
    const opened = await office.pages.get(theirsPage);
    expect(opened.articleIds).toHaveLength(articlesBefore + 1);
    expect(await Promise.all(opened.articleIds.map(async (id) => (await office.articles.get(id)).title))).toEqual(
      await Promise.all(split.articleIds.map(async (id) => (await mine.articles.get(id)).title)),
    );

    // Merged back on the laptop: the tail is retired there (history kept), and so it is in the office.
    const merged = await mine.pages.setOverrides(pageId, {});
    expect(merged.articleIds).toHaveLength(articlesBefore);
    expect((await transferPages(mine.store, office.store, [pageId])).pages[0].outcome).toBe('updated');
    expect(await pageContent(office.store, theirsPage)).toEqual(await pageContent(mine.store, pageId));
    expect((await office.pages.get(theirsPage)).articleIds).toHaveLength(articlesBefore);
  });
});
