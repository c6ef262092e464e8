// A large library built fast: articles composed from seed material (different
// titles, paragraph mixes, courts, numbers, dates), written straight through the
// repositories in one transaction. The import figure comes from the real import
// service; this only makes search, export and memory measurable at scale.
import type { ArticleStatus, ArticleTag } from '../../core/model/library';
import type { Block } from '../../core/model/page-doc';
import type { LibraryServices } from '../../main/library/library';
import { blocksToText } from '../../main/services/article-document';
import { seededRandom } from '../../main/fuzz/seeded-random';
import type { SeedMaterial } from './seed-material';

const ARTICLES_PER_PAGE = 5;
const PAGES_PER_ISSUE = 4;
const STATUSES: ArticleStatus[] = ['raw', 'raw', 'cleaned', 'cleaned', 'proofread', 'published'];

function issueDate(issue: number): string {
  const day = new Date(Date.UTC(2012, 0, 1) + issue * 86_400_000);
  return day.toISOString().slice(0, 10);
}

export async function buildSyntheticLibrary(services: LibraryServices, material: SeedMaterial, articleCount: number): Promise<void> {
  const random = seededRandom(20250627);
  const { store } = services;
  const vocabulary = services.vocabulary.current();
  const now = new Date().toISOString();
  await store.transaction(async () => {
    let ordinal = 0;
    let pageId = 0;
    for (let index = 0; index < articleCount; index++) {
      if (index % ARTICLES_PER_PAGE === 0) {
        const pageIndex = index / ARTICLES_PER_PAGE;
        const issue = Math.floor(pageIndex / PAGES_PER_ISSUE);
        const label = `${String((pageIndex % PAGES_PER_ISSUE) + 1).padStart(2, '0')}版`;
        pageId = await store.write.pages.insert({
          source: `synthetic-${pageIndex}.txt`,
          contentHash: `synthetic-${pageIndex}`,
          raw: random.pick(material.pages).text,
          encoding: 'utf-8',
          publication: '法院专刊',
          issueDate: issueDate(issue),
          pageLabel: label,
          analysisJson: JSON.stringify({ source: `synthetic-${pageIndex}.txt`, publication: '法院专刊', issue_date: issueDate(issue), page_label: label, furniture: [], articles: [] }),
          importedAt: now,
        });
        ordinal = 0;
      }
      const court = random.pick(vocabulary.courts);
      const themes = [random.pick(vocabulary.themes).name, random.pick(vocabulary.themes).name].filter((name, position, all) => all.indexOf(name) === position);
      const title = `${random.next() < 0.5 ? (court.region ?? '') : ''}${random.pick(material.titlePhrases)} ${random.pick(material.titlePhrases)}`.trim();
      const blocks: Block[] = [{ type: 'paragraph', text: `本报讯 ${court.name}第${random.between(1, 999)}号案件办理情况通报，${random.between(2, 98)}名干警参与。` }];
      for (let paragraph = random.between(3, 7); paragraph > 0; paragraph--) {
        const roll = random.next();
        if (roll < 0.1 && material.headings.length) blocks.push({ type: 'heading', text: random.pick(material.headings) });
        else if (roll < 0.15 && material.captions.length) blocks.push({ type: 'caption', text: random.pick(material.captions) });
        else blocks.push({ type: 'paragraph', text: random.pick(material.paragraphs) });
      }
      const fields = { title, subtitle: null, byline: random.next() < 0.6 ? `本报通讯员 ${random.pick(['王', '李', '张', '刘', '陈', '杨', '赵', '黄'])}${random.pick(['敏', '强', '丽', '军', '静', '磊', '洋', '艳'])}` : null, dateline: null, credit: null };
      const status = random.pick(STATUSES);
      const text = blocksToText(blocks);
      const articleId = await store.write.articles.insert({
        pageId,
        ordinal: ordinal++,
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
        title,
        fieldsJson: JSON.stringify(fields),
        blocksJson: JSON.stringify(blocks),
        docJson: 'null',
        text,
      });
      const source = random.next() < 0.3 ? 'confirmed' : 'suggested';
      const tags: ArticleTag[] = [{ type: 'court', name: court.name, source }, ...themes.map((name) => ({ type: 'theme' as const, name, source: 'suggested' as const }))];
      await store.write.tags.replace(articleId, tags);
    }
  });
  // Fresh statistics let the planner pick the tag and page indexes for filters.
  await store.sql.exec('ANALYZE');
  // Merges the FTS5 segments the bulk insert left (SQLite's full-text index only).
  if (store.engine === 'sqlite') await store.sql.exec("INSERT INTO article_grams(article_grams) VALUES ('optimize');");
}
