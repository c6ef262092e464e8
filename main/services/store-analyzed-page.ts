// One analyzed page into the library: its row (raw text, stored analysis) and its
// articles with their flags and suggested tags. Text and PDF imports both end here,
// inside the caller's transaction.
import type { PageAnalysis } from '../../core/model/page-analysis';
import type { Vocabulary } from '../../core/model/vocabulary';
import type { NewPage } from '../store/repositories/pages-repository';
import type { Store } from '../store/store';
import { insertAnalyzedArticle } from './article-records';
import { analysisToJson } from './stored-analysis';

export async function storeAnalyzedPage(store: Store, page: Omit<NewPage, 'analysisJson'>, analysis: PageAnalysis, tagging: Vocabulary): Promise<number> {
  const pageId = await store.write.pages.insert({ ...page, analysisJson: analysisToJson(analysis, page.raw) });
  for (const [ordinal, article] of analysis.articles.entries()) {
    const flags = analysis.flags.filter((flag) => flag.article === ordinal);
    await insertAnalyzedArticle(store, pageId, ordinal, article, flags, page.importedAt, tagging);
  }
  return pageId;
}
