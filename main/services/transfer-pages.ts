// 发送到共享文库 / 带回本机: pages with everything the editors did to them —
// raw text, analysis, structure decisions (overrides), articles with their whole
// revision history, tags and rejected suggestions, the PDF — from one library to
// another, whichever engines they are on. Business rules only; both sides are
// plain stores.
//
// Identity across libraries: a page is its content hash (the same raw text is
// the same printed page); an article is its anchor line on that page (its
// identity across re-assembly already, see article-records.ts); a revision is its
// number with its content. So sending the same page twice finds everything
// already there and changes nothing, and sending it after more edits appends
// only the newer revisions.
//
// Conflicts are never resolved silently: when both sides saved different
// revisions after the last one they share, the receiving side keeps its own and
// the article is reported as a conflict. Each page goes over in one transaction
// on the receiving side, so a dropped connection leaves the page either fully
// sent or not at all.
import { bilingual } from '../../core/api/bilingual';
import type { ArticleTransfer, PageTransfer, TransferOutcome, TransferReport } from '../../core/model/transfer';
import type { ArticleRow } from '../store/repositories/articles-repository';
import type { PageRow } from '../store/repositories/pages-repository';
import type { RevisionRow } from '../store/repositories/revisions-repository';
import type { Store } from '../store/store';

export async function transferPages(from: Store, to: Store, pageIds: readonly number[]): Promise<TransferReport> {
  const pages: PageTransfer[] = [];
  for (const pageId of pageIds) {
    const page = await from.read.pages.get(pageId);
    if (!page) {
      pages.push({ source: `#${pageId}`, fromPageId: pageId, toPageId: null, outcome: 'failed', articles: [], error: bilingual(`找不到第 ${pageId} 号版面。`, `Page ${pageId} not found.`) });
      continue;
    }
    try {
      pages.push(await to.transaction(() => transferPage(from, to, page)));
    } catch (error) {
      pages.push({ source: page.source, fromPageId: pageId, toPageId: null, outcome: 'failed', articles: [], error: error instanceof Error ? error.message : String(error) });
    }
  }
  const count = (outcome: TransferOutcome) => pages.filter((page) => page.outcome === outcome).length;
  return { pages, sent: count('sent'), updated: count('updated'), unchanged: count('unchanged'), conflicts: count('conflict'), failed: count('failed') };
}

async function transferPage(from: Store, to: Store, page: PageRow): Promise<PageTransfer> {
  const source = await from.read.pdfFiles.sourceOfPage(page.id);
  if (source && !(await to.read.pdfFiles.has(source.sha256))) {
    const bytes = await from.read.pdfFiles.bytes(source.sha256);
    // The file's page count as the sending side stored it: a 0 here would claim a PDF with no pages. Read through the
    // store's client because the pdf_files repository has no read for it yet (a `pageCount(sha256)` read belongs there).
    const pageCount = Number((await from.sql.value<number>('SELECT page_count FROM pdf_files WHERE sha256 = ?', [source.sha256])) ?? 0);
    if (bytes) await to.write.pdfFiles.insert({ sha256: source.sha256, bytes, pageCount, storedAt: page.importedAt });
  }
  const [existingId] = await to.read.pages.idsWithHash(page.contentHash);
  const articles = await from.read.articles.ofPage(page.id);
  if (existingId === undefined) {
    const toPageId = await to.write.pages.insert({ ...page, pdfSha256: source?.sha256 ?? null, pdfPage: source?.pdfPage ?? null });
    if (page.overridesJson) await to.write.pages.setOverrides(toPageId, page.overridesJson);
    const sent: ArticleTransfer[] = [];
    for (const article of articles) {
      await copyArticle(from, to, article, toPageId);
      sent.push({ title: article.title, outcome: 'sent' });
    }
    return { source: page.source, fromPageId: page.id, toPageId, outcome: 'sent', articles: sent };
  }

  const target = (await to.read.pages.get(existingId))!;
  const targets = await to.read.articles.ofPage(existingId);
  const results: ArticleTransfer[] = [];
  for (const article of articles) {
    const match = targets.find((candidate) => sameArticle(candidate, article));
    if (!match) {
      await copyArticle(from, to, article, existingId);
      results.push({ title: article.title, outcome: 'sent' });
    } else {
      results.push(await mergeArticle(from, to, article, match));
    }
  }
  const conflicted = results.some((result) => result.outcome === 'conflict');
  const changed = results.some((result) => result.outcome === 'sent' || result.outcome === 'updated');
  // The page's structure (splits, merges, reading order) goes with its articles: taken when the
  // receiving side had none of its own, or when the sender's articles were strictly newer.
  const takeStructure = page.overridesJson !== target.overridesJson && !conflicted && (target.overridesJson === null || changed);
  if (takeStructure) {
    await to.write.pages.setOverrides(existingId, page.overridesJson);
    // A split or merge moves articles without a new revision of theirs (their place is no content), so the
    // revision merge above left them where they were: take each one's place (order, flags, retirement) too,
    // or the receiving page would hold two articles at one ordinal and the merged-away one still live.
    for (const article of articles) {
      const match = targets.find((candidate) => sameArticle(candidate, article));
      if (!match) continue;
      await to.write.articles.setPlace(match.id, article.ordinal, article.flagsJson, article.anchorLine);
      if (article.retiredAt) await to.write.articles.retire(match.id, article.retiredAt);
    }
  }
  const outcome: TransferOutcome = conflicted ? 'conflict' : changed || takeStructure ? 'updated' : 'unchanged';
  return { source: page.source, fromPageId: page.id, toPageId: existingId, outcome, articles: results };
}

/** The same article on the same page in two libraries: the same anchor line (or, for records from before anchors, the same place). */
function sameArticle(left: ArticleRow, right: ArticleRow): boolean {
  if (left.anchorLine !== null || right.anchorLine !== null) return left.anchorLine === right.anchorLine;
  return left.ordinal === right.ordinal;
}

async function copyArticle(from: Store, to: Store, article: ArticleRow, pageId: number): Promise<void> {
  const { id: _id, retiredAt, ...fields } = article;
  const articleId = await to.write.articles.insert({ ...fields, pageId });
  if (retiredAt) await to.write.articles.retire(articleId, retiredAt);
  for (const revision of await revisionsOf(from, article.id)) await to.write.revisions.insert({ ...revision, articleId });
  await copyTags(from, to, article.id, articleId);
}

async function copyTags(from: Store, to: Store, fromId: number, toId: number): Promise<void> {
  await to.write.tags.replace(toId, await from.read.tags.ofArticle(fromId));
  for (const rejected of await from.read.rejectedTags.ofArticle(fromId)) await to.write.rejectedTags.add(toId, rejected);
}

async function mergeArticle(from: Store, to: Store, article: ArticleRow, match: ArticleRow): Promise<ArticleTransfer> {
  const mine = await revisionsOf(from, article.id);
  const theirs = await revisionsOf(to, match.id);
  const shared = Math.min(mine.length, theirs.length);
  for (let index = 0; index < shared; index++) {
    if (!sameRevision(mine[index], theirs[index])) {
      return {
        title: article.title,
        outcome: 'conflict',
        reason: `第 ${index + 1} 版起两边各自修改过；接收方保留了自己的版本。 / Both sides saved different revisions from revision ${index + 1} on; the receiving side kept its own.`,
      };
    }
  }
  if (mine.length <= theirs.length) {
    // The receiving side has everything the sender has (and maybe more): nothing to take.
    return { title: article.title, outcome: 'unchanged' };
  }
  for (const revision of mine.slice(theirs.length)) await to.write.revisions.insert({ ...revision, articleId: match.id });
  const { id: _id, pageId: _pageId, ordinal: _ordinal, flagsJson: _flags, anchorLine: _anchor, retiredAt, suggestionsJson, ...content } = article;
  await to.write.articles.update({ ...content, id: match.id });
  if (suggestionsJson) await to.write.articles.setSuggestions(match.id, suggestionsJson);
  if (retiredAt && !match.retiredAt) await to.write.articles.retire(match.id, retiredAt);
  await copyTags(from, to, article.id, match.id);
  return { title: article.title, outcome: 'updated' };
}

async function revisionsOf(store: Store, articleId: number): Promise<RevisionRow[]> {
  const list = await store.read.revisions.list(articleId);
  const rows: RevisionRow[] = [];
  for (const { revision } of [...list].reverse()) rows.push((await store.read.revisions.get(articleId, revision))!);
  return rows;
}

function sameRevision(left: RevisionRow, right: RevisionRow): boolean {
  return left.revision === right.revision && left.savedAt === right.savedAt && left.text === right.text && left.fieldsJson === right.fieldsJson && left.status === right.status;
}
