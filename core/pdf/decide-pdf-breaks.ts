// Break decisions between consecutive printed lines, from geometry: where a paragraph starts
// (first-line indent of two characters, a short last line), where a headline or caption wraps,
// where a column ends mid-paragraph.
import { endsSentence } from '../analysis/character-classes';
import { DATELINE_ALONE } from '../analysis/line-patterns';
import type { BreakChoice, LineRole } from '../model/page-analysis';
import type { RoleDecision, PlacedLine } from './line-roles';

export interface PdfBreak {
  decision: BreakChoice;
  confidence: number;
  reason: string;
}

/** A first-line indent is two characters; 1.5 em tells it from a ragged or centred start. */
const INDENT_EMS = 1.5;
/** A line whose end stops this far short of its column is a paragraph's last line. */
const SHORT_EMS = 1;

const WRAPPING_ROLES: ReadonlySet<LineRole> = new Set(['title', 'subtitle', 'caption', 'heading', 'byline']);

export function indentOf({ line, frame }: PlacedLine): number {
  return (line.x - frame.x) / line.size;
}

export function decidePdfBreak(before: PlacedLine, after: PlacedLine, roles: [RoleDecision, RoleDecision]): PdfBreak {
  const [roleBefore, roleAfter] = roles;
  const a = before.line;
  const b = after.line;
  if (roleBefore.role !== roleAfter.role) {
    return { decision: 'split', confidence: Math.min(roleBefore.confidence, roleAfter.confidence), reason: '字号、字重或位置不同：另起' };
  }
  const sameFrame = Math.abs(before.frame.x - after.frame.x) < 1 && Math.abs(before.frame.right - after.frame.right) < 1;
  const directlyBelow = b.y > a.y && b.y - a.bottom < 0.9 * Math.max(a.size, b.size);
  const role = roleBefore.role;
  if (role === 'furniture') return { decision: 'split', confidence: 0.95, reason: '报头各项：分开' };
  if (WRAPPING_ROLES.has(role)) {
    // A section head wraps only from a full line; two short heads in a row are two heads (二、… / （一）…).
    const headWrapped = role !== 'heading' || before.frame.right - a.right < a.size;
    // A headline or subtitle set flush left wraps under its own left edge.
    const flushLeftWrap = (role === 'title' || role === 'subtitle') && Math.abs(a.x - b.x) < 1;
    if (headWrapped && Math.abs(a.size - b.size) < 0.5 && directlyBelow && (sameFrame || flushLeftWrap || Math.abs((a.x + a.right) / 2 - (b.x + b.right) / 2) < a.size)) {
      return { decision: 'join', confidence: role === 'caption' || role === 'heading' ? 0.85 : 0.95, reason: '同一字号紧接下一行：转行接续' };
    }
    return { decision: 'split', confidence: 0.85, reason: '不相邻或字号不同：另起' };
  }
  // A credit wrapped in its column: the bracket opened on one line closes on the next.
  if (role === 'credit' && /^[（(][^)）]*$/u.test(a.text) && /[)）]$/u.test(b.text)) return { decision: 'join', confidence: 0.85, reason: '供稿转行：接续' };
  if (role === 'credit') return { decision: 'split', confidence: 0.8, reason: '供稿各自成行' };
  // A bold dateline alone on its line runs on into the text below it.
  if (a.bold && DATELINE_ALONE.test(a.text) && indentOf(after) < INDENT_EMS) return { decision: 'join', confidence: 0.9, reason: '电头独占一行，下接正文：接续' };
  const indent = indentOf(after);
  if (indent >= INDENT_EMS && indent < 4) return { decision: 'split', confidence: 0.98, reason: '下一行首行缩进两字：分段' };
  const shortBy = (before.frame.right - a.right) / a.size;
  if (shortBy >= SHORT_EMS) {
    return { decision: 'split', confidence: endsSentence(a.text) ? 0.95 : 0.75, reason: endsSentence(a.text) ? '上一行未排满且句子已完：分段' : '上一行未排满：分段（句子未完，请核对）' };
  }
  if (after.line.boldLead) return { decision: 'split', confidence: 0.9, reason: '下一行以粗体电头开头：分段' };
  if (sameFrame && directlyBelow) return { decision: 'join', confidence: 0.97, reason: '上一行排满、下一行不缩进：接续' };
  if (sameFrame) return { decision: 'join', confidence: 0.85, reason: '上一行排满、下一行不缩进（中间有空白）：接续' };
  return { decision: 'join', confidence: endsSentence(a.text) ? 0.8 : 0.92, reason: '转栏：上一行排满、下一栏首行不缩进，接续' };
}
