import type { JSONContent } from '@tiptap/core';
import type { AnalyzedArticle, AnalyzedBlock, PageAnalysis } from '../../core/model/page-analysis';
import { charDiff, mapOffset } from '../workspace/char-diff';

function blockNode(block: AnalyzedBlock, analysis: PageAnalysis, breakIds: ReadonlySet<number>): JSONContent {
  const lineTexts = block.lines.map((line) => analysis.lines[line]?.text.trim() ?? '');
  const raw = lineTexts.join('');
  const ops = charDiff(raw, block.text, 400);
  const points: Array<{ at: number; breakId: number }> = [];
  let rawOffset = 0;
  block.lines.forEach((line, index) => {
    if (index > 0 && breakIds.has(line)) points.push({ at: mapOffset(ops, rawOffset), breakId: line });
    rawOffset += lineTexts[index].length;
  });
  const content: JSONContent[] = [];
  const first = block.lines[0];
  if (first !== undefined && breakIds.has(first)) content.push({ type: 'breakPoint', attrs: { breakId: first, decision: 'split' } });
  let cursor = 0;
  for (const point of points) {
    const at = Math.max(cursor, Math.min(point.at, block.text.length));
    if (at > cursor) content.push({ type: 'text', text: block.text.slice(cursor, at) });
    content.push({ type: 'breakPoint', attrs: { breakId: point.breakId, decision: 'join' } });
    cursor = at;
  }
  if (cursor < block.text.length) content.push({ type: 'text', text: block.text.slice(cursor) });
  const type = block.type === 'heading' ? 'heading' : block.type;
  const attrs = block.type === 'heading' ? { level: 3, line: first ?? null } : { line: first ?? null };
  return { type, attrs, content };
}

/** The cleaned article as an editor document, with a break point wherever a raw line began. */
export function docFromAnalysis(article: AnalyzedArticle, analysis: PageAnalysis): JSONContent {
  const breakIds = new Set(analysis.breaks.map((decision) => decision.id));
  const content = article.blocks.map((block) => blockNode(block, analysis, breakIds));
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}

/** Whether a stored document already carries break points (saved by this editor). */
export function hasBreakPoints(doc: unknown): boolean {
  return JSON.stringify(doc ?? null).includes('"breakPoint"');
}
