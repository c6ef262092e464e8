// A large library built fast: the synthetic articles (synthetic-articles.ts)
// written straight through the repositories in one transaction. The import
// figure comes from the real import service; this only makes search, export and
// memory measurable at scale.
import type { Vocabulary } from '../../core/model/vocabulary';
import type { LibraryServices } from '../../main/library/library';
import type { SeedMaterial } from './seed-material';
import { syntheticArticles } from './synthetic-articles';

export async function buildSyntheticLibrary(services: LibraryServices, material: SeedMaterial, articleCount: number): Promise<void> {
  const { store } = services;
  const vocabulary: Vocabulary = services.vocabulary.current();
  const now = new Date().toISOString();
  await store.transaction(async () => {
    let pageId = 0;
    for (const article of syntheticArticles(material, vocabulary, articleCount)) {
      const { page, fields, blocks, text, status } = article;
      if (article.opensPage) {
        pageId = await store.write.pages.insert({
          source: page.source,
          contentHash: `synthetic-${page.index}`,
          raw: page.raw,
          encoding: 'utf-8',
          publication: '法院专刊',
          issueDate: page.issueDate,
          pageLabel: page.pageLabel,
          analysisJson: JSON.stringify({ source: page.source, publication: '法院专刊', issue_date: page.issueDate, page_label: page.pageLabel, furniture: [], articles: [] }),
          importedAt: now,
        });
      }
      const articleId = await store.write.articles.insert({
        pageId,
        ordinal: article.ordinal,
        ...fields,
        status,
        // Derived from the blocks on read, as for imported articles.
        docJson: 'null',
        blocksJson: JSON.stringify(blocks),
        text,
        revision: 1,
        editedByHand: 0,
        flagsJson: '[]',
        updatedAt: now,
        // No anchor (no raw page behind it); suggestions are computed on first open.
        anchorLine: null,
        suggestionsJson: null,
      });
      await store.write.revisions.insert({
        articleId,
        revision: 1,
        savedAt: now,
        reason: 'import',
        status,
        title: fields.title,
        fieldsJson: JSON.stringify(fields),
        blocksJson: JSON.stringify(blocks),
        docJson: 'null',
        text,
      });
      await store.write.tags.replace(articleId, article.tags);
    }
  });
  // Fresh statistics let the planner pick the tag and page indexes for filters.
  await store.sql.exec('ANALYZE');
  // Merges the FTS5 segments the bulk insert left (SQLite's full-text index only).
  if (store.engine === 'sqlite') await store.sql.exec("INSERT INTO article_grams(article_grams) VALUES ('optimize');");
}
