// The synthetic library's content, composed once for both ways of writing it
// (SQLite through the repositories, PostgreSQL with multi-row inserts): seed
// material mixed into articles with different titles, paragraph mixes, courts,
// numbers and dates, five articles a page, four pages an issue. The same seed
// gives the same library on either engine, so their figures compare.
import type { ArticleFields, ArticleStatus, ArticleTag } from '../../core/model/library';
import type { Block } from '../../core/model/page-doc';
import type { Vocabulary } from '../../core/model/vocabulary';
import { seededRandom } from '../../main/fuzz/seeded-random';
import { blocksToText } from '../../main/services/article-document';
import type { SeedMaterial } from './seed-material';

export const ARTICLES_PER_PAGE = 5;
export const PAGES_PER_ISSUE = 4;
const STATUSES: ArticleStatus[] = ['raw', 'raw', 'cleaned', 'cleaned', 'proofread', 'published'];

export interface SyntheticPage {
  /** 0-based: the page's id is index + 1 in a library that had none. */
  index: number;
  source: string;
  raw: string;
  issueDate: string;
  pageLabel: string;
}

export interface SyntheticArticle {
  /** The page this article is printed on; `opensPage` on its first article. */
  page: SyntheticPage;
  opensPage: boolean;
  ordinal: number;
  fields: ArticleFields;
  blocks: Block[];
  text: string;
  status: ArticleStatus;
  tags: ArticleTag[];
}

function issueDate(issue: number): string {
  return new Date(Date.UTC(2012, 0, 1) + issue * 86_400_000).toISOString().slice(0, 10);
}

export function* syntheticArticles(material: SeedMaterial, vocabulary: Vocabulary, articleCount: number): Generator<SyntheticArticle> {
  // The draw order below is what makes the library; changing it changes every figure measured on it.
  const random = seededRandom(20250627);
  let page: SyntheticPage | null = null;
  let ordinal = 0;
  for (let index = 0; index < articleCount; index++) {
    const opensPage = index % ARTICLES_PER_PAGE === 0;
    if (opensPage || !page) {
      const pageIndex = Math.floor(index / ARTICLES_PER_PAGE);
      page = {
        index: pageIndex,
        source: `synthetic-${pageIndex}.txt`,
        raw: random.pick(material.pages).text,
        issueDate: issueDate(Math.floor(pageIndex / PAGES_PER_ISSUE)),
        pageLabel: `${String((pageIndex % PAGES_PER_ISSUE) + 1).padStart(2, '0')}版`,
      };
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
    const byline = random.next() < 0.6 ? `本报通讯员 ${random.pick(['王', '李', '张', '刘', '陈', '杨', '赵', '黄'])}${random.pick(['敏', '强', '丽', '军', '静', '磊', '洋', '艳'])}` : null;
    const status = random.pick(STATUSES);
    const source = random.next() < 0.3 ? 'confirmed' : 'suggested';
    yield {
      page,
      opensPage,
      ordinal: ordinal++,
      fields: { title, subtitle: null, byline, dateline: null, credit: null },
      blocks,
      text: blocksToText(blocks),
      status,
      tags: [{ type: 'court', name: court.name, source }, ...themes.map((name) => ({ type: 'theme' as const, name, source: 'suggested' as const }))],
    };
  }
}
