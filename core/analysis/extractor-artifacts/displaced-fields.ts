import { PUBLICATION } from '../line-patterns';
import type { DraftPage } from '../segment-articles';
import { headText } from '../text-units';

/** A byline or subtitle pushed down by a column boundary stands within the first few units of the body. */
const DISPLACED_WITHIN = 4;

/**
 * An extractor that reads a page by height can set a byline or subtitle printed beside the first
 * column after that column's first lines. Recognised by its form (本报记者…, ——…) on a line of its
 * own, it is the article's field, not body text, when the article has none yet.
 */
export function placeDisplacedFields(page: DraftPage): void {
  for (const article of page.articles) {
    if (!article.title) continue;
    // (Lines of a byline's form one over another are a list's entries: 王晓燕（…法院） / 乌云娜（…法院）.)
    const bylineForm = (at: number) => article.body[at]?.lines.length === 1 && article.body[at].lines[0].byline;
    for (let index = 0; index < Math.min(article.body.length, DISPLACED_WITHIN); index++) {
      const unit = article.body[index];
      if (unit.lines.length !== 1) continue;
      const line = unit.lines[0];
      if (line.byline && !article.byline && !bylineForm(index - 1) && !bylineForm(index + 1)) article.byline = { ...unit, role: 'byline' };
      else if (line.subtitleDash && !line.endsSentence && !article.subtitle && index === 0) article.subtitle = { ...unit, role: 'subtitle' };
      else continue;
      article.body.splice(index, 1);
      if (article.creditAt !== undefined && article.creditAt > index) article.creditAt--;
      index--;
    }
  }
}

/**
 * pdftotext writes a byline printed level with the masthead's publication name on the line under that name
 * (法院专刊 / 本报记者 张慧敏 / 2025年6月20日 星期五 / 呼和浩特中院：…). The name then looks like a headline over its
 * byline, an article with no text: it is the masthead's, and the byline is the first headline's when that has none.
 */
export function placeMastheadByline(page: DraftPage): void {
  // Assembled again, the name is furniture already and the byline stands alone above the first headline, with its role.
  const [alone] = page.beforeFirstTitle;
  if (page.beforeFirstTitle.length === 1 && alone.role === 'byline' && page.articles[0]?.title && !page.articles[0].byline) {
    page.articles[0].byline = alone;
    page.beforeFirstTitle = [];
    return;
  }
  const [masthead, first] = page.articles;
  if (!masthead?.title || !masthead.byline || !first?.title || first.byline || masthead.body.length > 0 || masthead.subtitle || masthead.credit) return;
  if (!PUBLICATION.test(headText(masthead.title))) return;
  first.byline = masthead.byline;
  page.furniture.unshift({ ...masthead.title, role: 'furniture' });
  page.articles.shift();
}
