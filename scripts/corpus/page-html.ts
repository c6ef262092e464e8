// A composed page as an HTML/CSS newspaper page for Chromium to print: masthead, rows of cells
// set in CSS columns, headlines spanning their cell's columns, photo boxes with captions.
import type { CorpusArticle } from './article';
import type { PageCell, PageRow, PageSpec, PlacedArticle } from './compose-page';

const PAPER_MM = { A3: { width: 297, height: 420 }, A4: { width: 210, height: 297 } } as const;

const escapeHtml = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/**
 * One article; with `columns` it is its own multi-column block whose headline spans its columns
 * (`column-span: all`, a direct child of the multicol, the case Chromium lays out reliably).
 */
function articleHtml(placed: PlacedArticle, columns: number | null): string {
  const article: CorpusArticle = placed.article;
  const span = placed.headlineSpans && columns !== null ? ' span' : '';
  const out: string[] = [columns === null ? '<article>' : `<article class="cols" style="column-count:${columns}">`];
  out.push(`<h1 class="title${span}" style="text-align:${placed.headlineAlign}">${escapeHtml(article.title)}</h1>`);
  if (article.subtitle) out.push(`<div class="subtitle${span}" style="text-align:${placed.headlineAlign}">${escapeHtml(article.subtitle)}</div>`);
  if (article.byline) out.push(`<div class="byline${span}" style="text-align:${placed.bylineAlign}">${escapeHtml(article.byline)}</div>`);
  let datelinePending = article.dateline;
  for (const block of article.blocks) {
    if (block.type === 'heading') out.push(`<h2 class="heading">${escapeHtml(block.text)}</h2>`);
    else if (block.type === 'caption') {
      out.push(`<figure><div class="photo" style="height:${placed.photoHeightMm}mm"></div><figcaption>${escapeHtml(block.text)}</figcaption></figure>`);
    } else if (datelinePending) {
      out.push(`<p><b class="dateline">${escapeHtml(datelinePending)}</b>${escapeHtml(placed.datelineSeparator)}${escapeHtml(block.text)}</p>`);
      datelinePending = null;
    } else out.push(`<p>${escapeHtml(block.text)}</p>`);
  }
  if (article.credit) out.push(`<div class="credit" style="text-align:${placed.creditAlign}">${escapeHtml(article.credit)}</div>`);
  out.push('</article>');
  return out.join('\n');
}

/**
 * A cell whose headlines all sit in the column is one multicol where the articles run on from
 * column to column; otherwise each article is its own multicol under its spanning headline.
 */
function cellHtml(cell: PageCell, spec: PageSpec): string {
  const flowing = cell.articles.every((placed) => !placed.headlineSpans);
  const classes = ['cell', cell.boxed ? 'boxed' : '', spec.columnRules ? 'ruled' : '', spec.rulesBetweenArticles ? 'rules' : ''].filter(Boolean).join(' ');
  if (flowing) {
    return `<div class="${classes} cols" style="grid-area:${cell.area};column-count:${cell.columns}">\n${cell.articles.map((placed) => articleHtml(placed, null)).join('\n')}\n</div>`;
  }
  return `<div class="${classes}" style="grid-area:${cell.area}">\n${cell.articles.map((placed) => articleHtml(placed, cell.columns)).join('\n')}\n</div>`;
}

function rowHtml(row: PageRow, spec: PageSpec): string {
  // Two articles side by side are two grid areas; a row left with one cell takes the full width.
  const areas = row.cells.length === 1 ? `'${row.cells[0].area}'` : `'${row.cells.map((cell) => cell.area).join(' ')}'`;
  const widths = row.cells.length === 1 ? '1fr' : row.cells.map((cell) => `${cell.width}fr`).join(' ');
  return `<section class="row" style="grid-template-areas:${areas};grid-template-columns:${widths}">\n${row.cells.map((cell) => cellHtml(cell, spec)).join('\n')}\n</section>`;
}

function mastheadHtml(spec: PageSpec): string {
  const m = spec.masthead;
  const spaced = m.letterSpaced ? ' spaced' : '';
  return [
    '<header class="masthead">',
    `<div class="pub${spaced}">${escapeHtml(m.publication)}</div>`,
    '<div class="meta">',
    `<div>${escapeHtml(m.printedDate)}</div>`,
    `<div class="label">${escapeHtml(m.pageLabel)}</div>`,
    m.section ? `<div class="section">${escapeHtml(m.section)}</div>` : '',
    m.editor ? `<div class="editor">${escapeHtml(m.editor)}</div>` : '',
    '</div>',
    '</header>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The `<div class="page">` of one page; `fontSize` in pt overrides the spec's first choice. */
export function pageDiv(spec: PageSpec, fontSize = spec.fontSize): string {
  const paper = PAPER_MM[spec.paper];
  // Half a millimetre short of the sheet, so that rounding never spills a blank second page.
  return `<div class="page ${spec.paper}" data-name="${spec.name}" style="width:${paper.width}mm;height:${paper.height - 0.5}mm;font-size:${fontSize}pt">
${mastheadHtml(spec)}
<main class="body">
${spec.rows.map((row) => rowHtml(row, spec)).join('\n')}
</main>
</div>`;
}

// Two faces only, Noto Serif CJK SC 400 for text and Noto Sans CJK SC 700 for display: Chromium
// embeds these CFF fonts as Type 3, one glyph program per character and face, which is most of a
// PDF's size. Named pages,  so that one issue PDF may hold A3 and A4 sheets.
const CSS = `
@page { margin: 0; }
@page A3 { size: A3; margin: 0; }
@page A4 { size: A4; margin: 0; }
.page.A3 { page: A3; }
.page.A4 { page: A4; }
html, body { margin: 0; padding: 0; }
body { font-family: 'Noto Serif CJK SC', serif; color: #000; }
.page { box-sizing: border-box; padding: 11mm 12mm; overflow: hidden; display: flex; flex-direction: column; break-after: page; line-height: 1.5; }
.page:last-child { break-after: auto; }
.masthead { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 3px double #000; padding-bottom: 2mm; margin-bottom: 3mm; font-family: 'Noto Sans CJK SC', sans-serif; }
.masthead .pub { font-size: 28pt; font-weight: 700; line-height: 1.1; }
.masthead .pub.spaced { letter-spacing: 0.6em; }
.masthead .meta { font-size: 9pt; text-align: right; line-height: 1.4; font-weight: 700; }
.masthead .label { font-weight: 700; font-size: 11pt; }
.masthead .section { display: inline-block; background: #000; color: #fff; padding: 0 2mm; font-weight: 700; }
.body { flex: 1 1 auto; min-height: 0; overflow: hidden; }
.row { display: grid; column-gap: 5mm; }
.row + .row { border-top: 1.5px solid #000; margin-top: 3mm; padding-top: 3mm; }
.cell { min-width: 0; }
.cols { column-gap: 4.5mm; column-fill: balance; }
.ruled .cols, .ruled.cols { column-rule: 0.5px solid #777; }
.cell.boxed { border: 1px solid #000; padding: 2.5mm; }
article + article { margin-top: 3mm; padding-top: 2mm; }
.cell.rules article + article { border-top: 1px solid #000; }
.span { column-span: all; }
h1.title { font-family: 'Noto Sans CJK SC', sans-serif; font-weight: 700; font-size: 1.9em; line-height: 1.25; margin: 0 0 1.5mm; }
.subtitle { font-size: 1.1em; margin: 0 0 1mm; }
.byline { font-size: 0.95em; margin: 0 0 1.5mm; }
p { margin: 0; text-indent: 2em; text-align: justify; }
b.dateline { font-family: 'Noto Sans CJK SC', sans-serif; font-weight: 700; }
h2.heading { font-family: 'Noto Sans CJK SC', sans-serif; font-weight: 700; font-size: 1.05em; text-align: center; margin: 1.5mm 0; break-after: avoid; }
figure { margin: 1.5mm 0; break-inside: avoid; }
.photo { background: #bbb; }
figcaption { font-size: 0.85em; margin-top: 0.8mm; }
.credit { margin-top: 0.5mm; }
`;

/** A whole HTML document holding one or more pages of the same paper size. */
export function pageHtml(pages: { spec: PageSpec; fontSize: number }[]): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${pages.map((p) => p.spec.name).join(' ')}</title>
<style>${CSS}</style></head>
<body>
${pages.map((page) => pageDiv(page.spec, page.fontSize)).join('\n')}
</body></html>
`;
}
