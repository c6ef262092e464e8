// A corpus article (corpus/articles/<id>.json): one clean article in the gold format's terms,
// written by hand, from which every corpus page and its gold are generated.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const GENRES = ['news', 'feature', 'case', 'notice', 'qa', 'roundup', 'list', 'commentary', 'photo'] as const;
export type Genre = (typeof GENRES)[number];

export const THEMES = [
  '党建', '审判', '执行', '诉讼服务', '多元解纷', '普法宣传', '智慧法院', '民族团结',
  '营商环境', '生态保护', '未成年人保护', '队伍建设', '党风廉政', '基层治理', '法院文化',
] as const;

export interface ArticleBlock {
  type: 'paragraph' | 'heading' | 'caption';
  text: string;
}

export interface CorpusArticle {
  id: string;
  genre: Genre;
  title: string;
  subtitle: string | null;
  byline: string | null;
  dateline: string | null;
  credit: string | null;
  blocks: ArticleBlock[];
  courts: string[];
  themes: string[];
}

export interface ArticleFile {
  file: string;
  text: string;
}

/** Every `*.json` in the articles folder, sorted by name so that builds do not depend on the file system's order. */
export function readArticleFiles(dir: string): ArticleFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ file: path.join(dir, name), text: readFileSync(path.join(dir, name), 'utf8') }));
}

/** Characters of body text, the measure the page composer fills pages with. */
export function articleLength(article: CorpusArticle): number {
  return article.blocks.reduce((sum, block) => sum + block.text.length, article.title.length);
}
