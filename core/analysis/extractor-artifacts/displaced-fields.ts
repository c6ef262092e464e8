import type { DraftPage } from '../segment-articles';

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
    for (let index = 0; index < Math.min(article.body.length, DISPLACED_WITHIN); index++) {
      const unit = article.body[index];
      if (unit.lines.length !== 1) continue;
      const line = unit.lines[0];
      if (line.byline && !article.byline) article.byline = { ...unit, role: 'byline' };
      else if (line.subtitleDash && !line.endsSentence && !article.subtitle && index === 0) article.subtitle = { ...unit, role: 'subtitle' };
      else continue;
      article.body.splice(index, 1);
      if (article.creditAt !== undefined && article.creditAt > index) article.creditAt--;
      index--;
    }
  }
}
