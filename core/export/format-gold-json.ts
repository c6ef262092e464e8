import type { PageDoc } from '../model/page-doc';
import type { ExportArticle } from './export-article';

/** The gold page format (shared/eval/FORMAT.md): one PageDoc for the articles of one page. */
export function toPageDoc(articles: readonly ExportArticle[]): PageDoc {
  const first = articles[0];
  return {
    source: first?.source ?? '',
    publication: first?.publication ?? null,
    issue_date: first?.issueDate ?? null,
    page_label: first?.pageLabel ?? null,
    furniture: [],
    articles: articles.map((article) => ({
      ...article.fields,
      blocks: article.blocks.map((block) => ({ type: block.type, text: block.text })),
      courts: article.courts,
      themes: article.themes,
      // Outside the gold format, and only when asked for: suggestions never pass for tags.
      ...(article.suggestedCourts.length ? { suggested_courts: article.suggestedCourts } : {}),
      ...(article.suggestedThemes.length ? { suggested_themes: article.suggestedThemes } : {}),
    })),
  };
}

/** One page → a PageDoc; several pages → an array of PageDocs, one per page. */
export function formatGoldJson(articles: readonly ExportArticle[]): string {
  const pages = new Map<number, ExportArticle[]>();
  for (const article of articles) pages.set(article.pageId, [...(pages.get(article.pageId) ?? []), article]);
  const docs = [...pages.values()].map(toPageDoc);
  return `${JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2)}\n`;
}
