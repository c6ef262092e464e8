// The corpus articles as text pages in the layouts of the independent variant renderer
// (scripts/eval-variants/render.ts): several articles of one split per page, each page in one
// layout, sometimes under a masthead. Pure and deterministic.
import { type LayoutName, LAYOUTS, makeRng, rawText, renderPage } from '../eval-variants/render';
import type { CorpusArticle } from './article';
import { groupArticles, shuffled } from './compose-page';
import { drawMasthead } from './masthead';
import type { Split } from './split';
import { goldDoc, goldJson } from './write-gold';

/** crlf and bom re-emit an original raw page; the corpus has none, only articles. */
export const TEXT_LAYOUTS: LayoutName[] = LAYOUTS.map((layout) => layout.name).filter((name) => name !== 'crlf' && name !== 'bom');

export interface TextPage {
  name: string;
  split: Split;
  layout: LayoutName;
  articles: string[];
  raw: string;
  gold: string;
}

export function textPages(split: Split, articles: readonly CorpusArticle[], rounds: number): TextPage[] {
  const pages: TextPage[] = [];
  for (let round = 1; round <= rounds; round++) {
    const rng = makeRng(`text-round:${split}:${round}`);
    // No page of one long article alone here: text pages are about the boundaries between articles.
    for (const group of groupArticles(shuffled(articles, rng), rng, 0)) {
      const layout = TEXT_LAYOUTS[pages.length % TEXT_LAYOUTS.length];
      const name = `${split}-t${String(pages.length + 1).padStart(3, '0')}-${layout}`;
      const masthead = rng.chance(0.4) ? drawMasthead(rng, rng.int(0, 51), rng.int(1, 8)) : null;
      const doc = goldDoc(`${name}.txt`, group, masthead);
      const raw = rawText(renderPage(doc, '', layout, round));
      pages.push({ name, split, layout, articles: group.map((article) => article.id), raw, gold: goldJson(doc) });
    }
  }
  return pages;
}
