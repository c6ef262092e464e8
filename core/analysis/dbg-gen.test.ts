import { it } from 'vitest';
import { analyzePage } from './analyze-page';
import { layOutPage, type PageLayout } from './lay-out-page';
import { buildBreakContext } from './decide-breaks';
import { extractPageLines } from './line-features';
import { generatePage, seededRandom } from './test-support/generate-page';
function breakColumns(raw: string, random: () => number): string {
  const lines = raw.split('\n');
  const out: string[] = [];
  lines.forEach((line, index) => {
    out.push(line);
    const next = lines[index + 1];
    const midParagraph = line && next && !/[。）]$/u.test(line) && !/^[\u3000]/u.test(next);
    if (midParagraph && line.length >= 8 && random() < 0.08) out.push('');
  });
  return out.join('\n');
}
it('dbg', () => {
  const seed = Number(process.env.SEED);
  const random = seededRandom(seed);
  const doc = generatePage(random, 1 + Math.floor(random() * 4));
  const layout: PageLayout = { width: random() < 0.15 ? null : 10 + Math.floor(random() * 27), blankLines: random() < 0.6, indent: false, markdown: random() < 0.2 };
  if (!layout.blankLines) layout.indent = true;
  let raw = layOutPage(doc, layout);
  if (layout.blankLines && layout.width !== null) raw = breakColumns(raw, random);
  const a = analyzePage(raw);
  const lines = raw.split('\n');
  const f = extractPageLines(lines); const ctx = buildBreakContext(f);
  for (const b of a.breaks) {
    const role = a.placements.find((p) => p.line === b.after)?.role;
    const pos = f.findIndex((x) => x.index === b.after);
    console.log(b.after, b.decision, b.reason, role, ctx.columnWidths[pos], '|', lines[b.after]);
  }
});
