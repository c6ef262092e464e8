import type { JSONContent } from '@tiptap/core';
import type { ArticleDetail, PageDetail } from '../../core/model/library';
import { docFromAnalysis, hasBreakPoints } from '../editor/doc-from-analysis';

/**
 * The document to edit for an article: the stored one when this editor saved it
 * (it carries break points), rebuilt from the analysis when the stored text is
 * still the engine's, else the stored one as is — never dropping an edit.
 */
export function articleDoc(article: ArticleDetail, page: PageDetail): JSONContent {
  if (hasBreakPoints(article.doc)) return article.doc as JSONContent;
  const analyzed = page.analysis.articles[page.articleIds.indexOf(article.id)];
  if (analyzed && analyzed.blocks.map((block) => block.text).join('\n') === article.text) return docFromAnalysis(analyzed, page.analysis);
  return (article.doc ?? { type: 'doc', content: [{ type: 'paragraph' }] }) as JSONContent;
}

/** Plain blocks of a JSON document, for saving another article than the open one. */
export function jsonBlocks(doc: JSONContent): Array<{ type: 'paragraph' | 'heading' | 'caption'; text: string }> {
  const text = (node: JSONContent): string => node.text ?? (node.content ?? []).map(text).join('');
  return (doc.content ?? [])
    .map((node) => ({ type: node.type === 'heading' ? ('heading' as const) : node.type === 'caption' ? ('caption' as const) : ('paragraph' as const), text: text(node) }))
    .filter((block) => block.text.trim() !== '');
}
