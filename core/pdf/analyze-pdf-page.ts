// A PDF page's text geometry → the same PageAnalysis the text engine gives, with each raw line's
// box on the page. Geometry decides what it can: lines from baselines, columns and reading order
// from gutters, rules and spanning headlines (xy-cut.ts), paragraph starts from indents and short
// last lines, roles from type size, weight, centring and position. `assemblePage` then builds the
// articles, normalizes the text and raises flags exactly as for a text page.
import { assemblePage } from '../analysis/assemble-page';
import { baseAnalysis } from '../analysis/base-analysis';
import type { AnalyzeOptions } from '../analysis/analyze-page';
import type { LineBox } from '../model/page-geometry';
import type { BreakDecision, LinePlacement, PageAnalysis } from '../model/page-analysis';
import type { PdfPageLayout } from '../model/pdf-layout';
import { classifyRules } from './classify-rules';
import { decidePdfBreak, indentOf } from './decide-pdf-breaks';
import { HEADLINE_SCALE, decideRoles, type PlacedLine } from './line-roles';
import { bodyTypeSize, buildTextLines, type PdfLine } from './text-lines';
import { widenHeadlines } from './widen-headlines';
import { xyCut, type Box, type CutElement } from './xy-cut';

/** Lines in reading order, each with the column it was read in. */
export function orderPdfLines(layout: PdfPageLayout): { placed: PlacedLine[]; body: number; rules: ReturnType<typeof classifyRules> } {
  const rules = classifyRules(layout.rules);
  const lines = buildTextLines(layout.items, rules.vertical);
  const body = bodyTypeSize(lines);
  const isHead = (line: PdfLine) => line.size >= body * HEADLINE_SCALE;
  const pictures = rules.pictures.map((picture) => ({ x: picture.x, y: picture.y, right: picture.x + picture.width, bottom: picture.y + picture.height }));
  const horizontalRules = rules.horizontal.map((rule) => ({ x: rule.x, y: rule.y, right: rule.x + rule.width, bottom: rule.y + rule.height }));
  const boxes = widenHeadlines(lines, isHead, body, 6 * body, pictures, horizontalRules);
  const elements: CutElement[] = boxes.map((box, id) => ({ box, id }));
  // Rules and pictures take part in the cuts (a rule across columns ends them), then drop out.
  for (const rule of [...rules.horizontal, ...rules.pictures]) elements.push({ box: { x: rule.x, y: rule.y, right: rule.x + rule.width, bottom: rule.y + rule.height }, id: -1 });
  const frameOf = (strip: readonly CutElement[]): Box => {
    const text = strip.filter((element) => element.id >= 0).map((element) => lines[element.id]);
    const bodyLines = text.filter((line) => Math.abs(line.size - body) < 0.1 * body);
    const chosen = bodyLines.length ? bodyLines : text;
    if (!chosen.length) return { x: 0, y: 0, right: 0, bottom: 0 };
    return { x: Math.min(...chosen.map((line) => line.x)), y: Math.min(...chosen.map((line) => line.y)), right: Math.max(...chosen.map((line) => line.right)), bottom: Math.max(...chosen.map((line) => line.bottom)) };
  };
  const verticalRules = rules.vertical.map((rule) => ({ x: rule.x, y: rule.y, right: rule.x + rule.width, bottom: rule.y + rule.height }));
  // A closing quote or stop at a line end hangs half an em into the gutter (about 1.1 em wide), so the white left between columns can be under 0.6 em.
  const ordered = xyCut(elements, { minGutter: 0.45 * body, bandGap: 1.2 * body, verticalRules }, frameOf).filter((element) => element.id >= 0);
  return { placed: ordered.map(({ id, frame }) => ({ line: lines[id], frame })), body, rules };
}

/** The raw text of a printed line: a first-line indent as two ideographic spaces, a run-in bold dateline set off by a space. */
function rawText(placed: PlacedLine, paragraphStart: boolean): string {
  let text = placed.line.text;
  const lead = placed.line.boldLead;
  if (lead && /[讯电]$/u.test(lead) && text.startsWith(lead) && !/^\s/u.test(text.slice(lead.length))) text = `${lead} ${text.slice(lead.length)}`;
  return paragraphStart ? `\u3000\u3000${text}` : text;
}

export function analyzePdfPage(layout: PdfPageLayout, options: AnalyzeOptions = {}): PageAnalysis {
  const { placed, body, rules } = orderPdfLines(layout);
  const roles = decideRoles(placed, body, rules, layout);
  const rawLines: string[] = [];
  const boxes: LineBox[] = [];
  const placements: LinePlacement[] = [];
  const breaks: BreakDecision[] = [];
  placed.forEach((current, index) => {
    const role = roles[index];
    if (index > 0) {
      const decision = decidePdfBreak(placed[index - 1], current, [roles[index - 1], role]);
      // A blank line in the raw text wherever a new block starts, as text extractors print it.
      if (decision.decision === 'split' && (roles[index - 1].role !== role.role || role.role === 'title')) rawLines.push('');
      const after = rawLines.length;
      breaks.push({ id: after, before: boxes[boxes.length - 1].line, after, kind: rawLines[after - 1] === '' ? 'gap' : 'wrap', ...decision });
    }
    const paragraphStart = role.role === 'paragraph' && indentOf(current) >= 1.5 && indentOf(current) < 4;
    const { line } = current;
    boxes.push({ line: rawLines.length, x: line.x, y: line.y, width: line.right - line.x, height: line.bottom - line.y });
    placements.push({ line: rawLines.length, article: -1, role: role.role });
    rawLines.push(rawText(current, paragraphStart));
  });
  const geometry = { pdfPage: layout.pageNumber, width: layout.width, height: layout.height, lines: boxes };
  // With its geometry, as the editor has it: the assembly then knows the columns were read by position.
  const base = { ...baseAnalysis({ source: options.source ?? '', lines: rawLines, placements, breaks }), geometry };
  // The same assembly the editor repeats on every change, so its overrides apply to PDF pages unchanged.
  const analysis = assemblePage(base, { normalization: options.normalization }, options.vocabulary);
  // The page label as printed (第5版), not trimmed as for a text page's guess.
  const printedLabel = analysis.furniture.find((item) => /^第\s*[A-Z]?\d{1,3}\s*版$/u.test(item));
  if (printedLabel && analysis.page_label) analysis.page_label = printedLabel.replace(/\s+/gu, '');
  return { ...analysis, geometry };
}
