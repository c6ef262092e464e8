// A page's gold (../shared/eval/FORMAT.md) from the articles printed on it, in reading order,
// and its masthead when one is printed.
import type { GoldDoc } from '../eval-variants/render';
import type { CorpusArticle } from './article';
import type { Masthead } from './masthead';

export function goldDoc(source: string, articles: readonly CorpusArticle[], masthead: Masthead | null): GoldDoc {
  return {
    source,
    publication: masthead ? masthead.publication : null,
    issue_date: masthead ? masthead.issueDate : null,
    page_label: masthead ? masthead.pageLabel : null,
    furniture: masthead ? [...masthead.lines] : [],
    articles: articles.map((article) => ({
      title: article.title,
      subtitle: article.subtitle,
      byline: article.byline,
      dateline: article.dateline,
      credit: article.credit,
      blocks: article.blocks.map((block) => ({ type: block.type, text: block.text })),
      courts: [...article.courts],
      themes: [...article.themes],
    })),
  };
}

export function goldJson(doc: GoldDoc): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
