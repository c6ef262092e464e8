// An independent page renderer for the variant eval: from a gold page analysis it prints a raw
// page in one of the layouts such pages come in, so the gold stays a valid answer for it.
// Deliberately shares nothing with core/analysis (no lay-out-page, no display-width).

export interface GoldBlock {
  type: 'paragraph' | 'heading' | 'caption';
  text: string;
}

export interface GoldArticle {
  title: string;
  subtitle: string | null;
  byline: string | null;
  dateline: string | null;
  credit: string | null;
  blocks: GoldBlock[];
  courts: string[];
  themes: string[];
}

export interface GoldDoc {
  source: string;
  publication: string | null;
  issue_date: string | null;
  page_label: string | null;
  furniture: string[];
  articles: GoldArticle[];
}

/** A piece of one raw line that belongs to one gold unit (`F3`, `A0.title`, `A1.B4`, …). */
export interface Segment {
  unit: string;
  text: string;
}

/** One raw line; an empty array is a blank line. */
export type RenderedLine = Segment[];

export interface RenderedPage {
  lines: RenderedLine[];
  eol: string;
  bom: boolean;
  /** What was chosen for this page, for the report. */
  params: Record<string, string | number | boolean>;
}

export type LayoutName =
  | 'narrow'
  | 'wide'
  | 'oneline'
  | 'oneline-tight'
  | 'markdown'
  | 'markdown-mixed'
  | 'indented'
  | 'indented-oneline'
  | 'crlf'
  | 'bom';

export const LAYOUTS: { name: LayoutName; what: string }[] = [
  { name: 'narrow', what: 'wrapped at width 10–14, blank line between paragraphs, column breaks every 25–60 lines (some pages: first lines 2 cells short, no blank under heads, `2024 年` spaces)' },
  { name: 'wide', what: 'wrapped at width 30–40, otherwise as narrow' },
  { name: 'oneline', what: 'one line per paragraph, blank lines between' },
  { name: 'oneline-tight', what: 'one line per paragraph, no blank lines at all' },
  { name: 'markdown', what: '# / ## titles, **dateline**, ### headings, half-width ,:;?!(), stray spaces, trailing double spaces' },
  { name: 'markdown-mixed', what: 'markdown with levels by font size: titles ##/### per article (as in 002), headings ### or **bold**' },
  { name: 'indented', what: 'U+3000×2 paragraph indent, wrapped at width 16–40, no blank lines inside an article' },
  { name: 'indented-oneline', what: 'U+3000×2 paragraph indent, one line per paragraph, no blank lines inside an article' },
  { name: 'crlf', what: 'the original raw pages with CRLF line ends' },
  { name: 'bom', what: 'the original raw pages with a UTF-8 BOM' },
];

/**
 * Switches that take one trait out of every layout (to measure what it costs the engine); the
 * random draws stay the same, so the page is otherwise unchanged.
 */
export const ABLATIONS = {
  'no-split-heads': 'titles, headings and masthead items always on one line (not split at their phrase space)',
  'no-wrap-short': 'credits and captions never wrapped',
  'no-combine-furniture': 'each masthead item on its own line',
  'no-column-breaks': 'no blank line at column breaks',
  'no-tight-header': 'blank lines between title, subtitle and byline',
  'no-pullquote-split': 'a pull quote and its attribution on one line',
} as const;
export type Ablation = keyof typeof ABLATIONS;
let ablated = new Set<Ablation>();
const off = (name: Ablation): boolean => ablated.has(name);

// ---------------------------------------------------------------------------------------------
// Deterministic PRNG (mulberry32 seeded from an FNV-1a hash of a string).

export type Rng = {
  next: () => number;
  int: (lo: number, hi: number) => number;
  chance: (p: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
};

export function makeRng(seedText: string): Rng {
  let h = 0x811c9dc5;
  for (let i = 0; i < seedText.length; i++) {
    h ^= seedText.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  let state = h || 1;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}

// ---------------------------------------------------------------------------------------------
// Print widths and line breaking (Chinese typesetting: 行首禁则 / 行末禁则).

/** Hanzi and full-width marks take one cell, ASCII half a cell. */
function cells(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x80 ? 0.5 : 1;
  return width;
}

/** Marks that never open a line: they hang at the end of the previous one. */
const CLOSING = new Set([...'，。、；：？！）》」』】〕〉”’,.;:?!)%']);
/** Marks that never end a line: they move down to the next one. */
const OPENING = new Set([...'“‘《（「『【〔〈(']);

/** Atoms a line never breaks inside: an ASCII word or number, a —— or …… pair, else one character. */
function atoms(text: string): string[] {
  return text.match(/[\x21-\x7e]+|——|……|[\s\S]/gu) ?? [];
}

/**
 * Greedy fill to `width` cells; the first line has `firstWidth` cells. Closing marks hang past the
 * measure, opening marks are carried to the next line, ASCII runs wider than a line are cut.
 */
export function wrapText(text: string, width: number, firstWidth = width): string[] {
  const pieces: string[] = [];
  for (const atom of atoms(text)) {
    if (/^[\x21-\x7e]+$/u.test(atom) && cells(atom) > width) pieces.push(...atom);
    else pieces.push(atom);
  }
  const lines: string[][] = [[]];
  let used = 0;
  for (const piece of pieces) {
    const line = lines[lines.length - 1];
    const measure = lines.length === 1 ? firstWidth : width;
    const w = cells(piece);
    if (line.length === 0 || used + w <= measure || CLOSING.has(piece[0]) || /^\s$/u.test(piece)) {
      line.push(piece);
      used += w;
      continue;
    }
    const carried: string[] = [];
    while (line.length > 1 && OPENING.has(line[line.length - 1])) carried.unshift(line.pop() as string);
    lines.push([...carried, piece]);
    used = cells(carried.join('')) + w;
  }
  return lines.map((line) => line.join('')).filter((line) => line.length > 0);
}

// ---------------------------------------------------------------------------------------------
// OCR-ish text (markdown layout).

const HALF: Record<string, string> = { '，': ',', '：': ':', '；': ';', '？': '?', '！': '!', '（': '(', '）': ')' };
const HAN = '\\p{Script=Han}';

/** Half-width ,:;?!() as OCR produces them, sometimes a space after a colon. */
function halfWidthPunctuation(text: string, rng: Rng): string {
  return text.replace(/[，：；？！（）]/gu, (mark) => (mark === '：' && rng.chance(0.2) ? ': ' : HALF[mark]));
}

/** Stray spaces between digit/Latin runs and the Hanzi they touch (`2024 年 9 月`). */
function straySpaces(text: string, rng: Rng, p: number): string {
  const han = new RegExp(`^${HAN}$`, 'u');
  return text.replace(/[0-9A-Za-z][0-9A-Za-z.%]*/gu, (run, offset: number) => {
    const before = offset > 0 && han.test(text[offset - 1]);
    const after = offset + run.length < text.length && han.test(text[offset + run.length]);
    if (!(before || after) || !rng.chance(p)) return run;
    return `${before ? ' ' : ''}${run}${after ? ' ' : ''}`;
  });
}

// ---------------------------------------------------------------------------------------------
// The page as a sequence of elements, then laid out.

type ElementKind = 'furniture' | 'title' | 'subtitle' | 'byline' | 'paragraph' | 'heading' | 'caption' | 'credit';

interface Element {
  kind: ElementKind;
  unit: string;
  text: string;
  article: number;
  /** For the first paragraph of an article with a dateline. */
  dateline?: { unit: string; text: string };
}

function pageElements(doc: GoldDoc): Element[] {
  const out: Element[] = doc.furniture.map((text, i) => ({ kind: 'furniture', unit: `F${i}`, text, article: -1 }));
  doc.articles.forEach((article, a) => {
    out.push({ kind: 'title', unit: `A${a}.title`, text: article.title, article: a });
    if (article.subtitle) out.push({ kind: 'subtitle', unit: `A${a}.subtitle`, text: article.subtitle, article: a });
    if (article.byline) out.push({ kind: 'byline', unit: `A${a}.byline`, text: article.byline, article: a });
    let datelinePending = article.dateline !== null;
    article.blocks.forEach((block, b) => {
      const element: Element = { kind: block.type, unit: `A${a}.B${b}`, text: block.text, article: a };
      if (datelinePending && block.type === 'paragraph') {
        element.dateline = { unit: `A${a}.dateline`, text: article.dateline as string };
        datelinePending = false;
      }
      out.push(element);
    });
    if (article.credit) out.push({ kind: 'credit', unit: `A${a}.credit`, text: article.credit, article: a });
  });
  return out;
}

/** Two phrases with a space (a title, heading or masthead) printed as one line or as two. */
function phraseLines(text: string, split: boolean): string[] {
  return split && text.includes(' ') ? text.split(' ').filter(Boolean) : [text];
}

/** A furniture entry: a pull quote's attribution goes on its own line. */
function furnitureLines(text: string, rng: Rng): string[] {
  const quote = text.match(/^(.+[。！？])(——.+)$/u);
  if (quote) return off('no-pullquote-split') ? [text] : [quote[1], quote[2]];
  return phraseLines(text, rng.chance(0.5) && !off('no-split-heads'));
}

const seg = (unit: string, text: string): RenderedLine => [{ unit, text }];
const BLANK: RenderedLine = [];

/** Consecutive short furniture entries sometimes share a line, as mastheads print them. */
function furnitureBlock(elements: Element[], rng: Rng, blankBetween: boolean): RenderedLine[] {
  const out: RenderedLine[] = [];
  const furniture = elements.filter((e) => e.kind === 'furniture');
  for (let i = 0; i < furniture.length; i++) {
    const e = furniture[i];
    const next = furniture[i + 1];
    if (blankBetween && out.length) out.push(BLANK);
    if (next && e.text.length <= 22 && next.text.length <= 22 && !e.text.includes(' ') && rng.chance(0.4) && !off('no-combine-furniture')) {
      out.push([{ unit: e.unit, text: e.text }, { unit: next.unit, text: ` ${next.text}` }]);
      i++;
      continue;
    }
    for (const line of furnitureLines(e.text, rng)) out.push(seg(e.unit, line));
  }
  return out;
}

interface FlowOptions {
  /** Column measure in cells, or null for one line per paragraph. */
  width: number | null;
  /** Blank line between paragraphs (and around other elements). */
  blankBetween: boolean;
  /** Paragraph first-line indent (two U+3000), headings not indented. */
  indent: boolean;
  /** Blank line between articles even when `blankBetween` is off. */
  blankBetweenArticles: boolean;
  datelineSeparator: string;
  titleSplit: number;
  headingSplit: number;
  /** When the title/subtitle/byline lines run together with no blank line. */
  tightHeader: boolean;
  indentCredit: boolean;
  /** The paragraph indent was dropped in extraction: first lines are two cells short (as in 000). */
  indentDropped: boolean;
  /** No blank line between a heading and the paragraph under it (as in 000). */
  headTight: boolean;
  /** Share of digit runs with stray spaces around them (`2024 年 9 月`, as in 000). */
  strayP: number;
}

/** Layouts 1, 2, 3, 5: plain text columns. */
function flow(doc: GoldDoc, rng: Rng, opt: FlowOptions): RenderedLine[] {
  const elements = pageElements(doc);
  const out: RenderedLine[] = furnitureBlock(elements, rng, opt.blankBetween);
  let lastArticle = -1;
  let lastKind: ElementKind | null = out.length ? 'furniture' : null;
  for (const e of elements) {
    if (e.kind === 'furniture') continue;
    const newArticle = e.article !== lastArticle;
    const headerRun = !newArticle && opt.tightHeader && !off('no-tight-header') && (e.kind === 'subtitle' || e.kind === 'byline');
    const underHead = opt.headTight && lastKind === 'heading' && e.kind === 'paragraph';
    if (lastKind !== null && (opt.blankBetween || (newArticle && opt.blankBetweenArticles)) && !headerRun && !underHead) out.push(BLANK);
    lastArticle = e.article;
    lastKind = e.kind;
    const indent = opt.indent ? '\u3000\u3000' : '';
    switch (e.kind) {
      case 'title':
        for (const line of phraseLines(e.text, rng.chance(opt.titleSplit) && !off('no-split-heads'))) out.push(seg(e.unit, line));
        break;
      case 'subtitle':
      case 'byline':
        out.push(seg(e.unit, e.text));
        break;
      case 'heading': {
        // A heading too wide for the column breaks at its phrase space first, as typesetters do.
        const parts = phraseLines(e.text, (rng.chance(opt.headingSplit) && !off('no-split-heads')) || (opt.width !== null && cells(e.text) > opt.width));
        for (const part of parts) {
          for (const line of opt.width ? wrapText(part, opt.width) : [part]) out.push(seg(e.unit, line));
        }
        break;
      }
      case 'caption':
      case 'credit': {
        const pad = e.kind === 'credit' && opt.indentCredit ? indent : '';
        const lines = opt.width && !off('no-wrap-short') ? wrapText(e.text, opt.width, opt.width - cells(pad)) : [e.text];
        lines.forEach((line, i) => out.push(seg(e.unit, i === 0 ? pad + line : line)));
        break;
      }
      case 'paragraph': {
        const lead = e.dateline ? `${e.dateline.text}${opt.datelineSeparator}` : '';
        const first = indent + lead;
        const text = opt.strayP > 0 ? straySpaces(e.text, rng, opt.strayP) : e.text;
        const firstWidth = (opt.width ?? 0) - cells(indent) - (opt.indentDropped ? 2 : 0);
        const lines = opt.width ? wrapText(lead + text, opt.width, firstWidth) : [lead + text];
        lines.forEach((line, i) => {
          if (i > 0) {
            out.push(seg(e.unit, line));
            return;
          }
          const body = line.slice(lead.length);
          const line0: RenderedLine = [];
          if (e.dateline) line0.push({ unit: e.dateline.unit, text: indent + e.dateline.text });
          line0.push({ unit: e.unit, text: e.dateline ? opt.datelineSeparator + body : first + body });
          out.push(line0);
        });
        break;
      }
    }
  }
  return out;
}

/** Units that are running text (paragraphs), where a column may end. */
function paragraphUnits(doc: GoldDoc): Set<string> {
  const out = new Set<string>();
  doc.articles.forEach((a, i) => a.blocks.forEach((b, j) => b.type === 'paragraph' && out.add(`A${i}.B${j}`)));
  return out;
}

/**
 * A blank line every 25–60 printed lines: a column or page break, often inside a paragraph
 * (sometimes mid-word). Breaks fall after paragraph lines only: titles are not set in columns and typesetters keep heads with their text.
 */
function columnBreaks(lines: RenderedLine[], rng: Rng, paragraphs: Set<string>): RenderedLine[] {
  const isBody = (line: RenderedLine | undefined): boolean => line !== undefined && line.length > 0 && paragraphs.has(line[line.length - 1].unit);
  const out: RenderedLine[] = [];
  let countdown = rng.int(25, 60);
  lines.forEach((line, i) => {
    out.push(line);
    if (line.length === 0) return;
    countdown--;
    const next = lines[i + 1];
    if (countdown <= 0 && isBody(line) && (isBody(next) || next?.length === 0) && !off('no-column-breaks')) {
      out.push(BLANK);
      countdown = rng.int(25, 60);
    }
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}

/** Layout 4: markdown-ish export of an OCR engine. */
function markdown(doc: GoldDoc, rng: Rng, params: RenderedPage['params'], mixed: boolean): RenderedLine[] {
  const elements = pageElements(doc);
  const halfWidth = rng.chance(0.8);
  const strayP = rng.pick([0.3, 0.6, 1]);
  const trailingP = rng.pick([0.1, 0.3]);
  const titleMark = doc.furniture.length ? '## ' : rng.pick(['# ', '## ']);
  const subtitleMark = rng.pick(['', '', '#### ']);
  // An OCR tool sets levels by font size: the lead title ##, the others ###, heads ### or bold.
  const headingStyle = mixed ? rng.pick(['### ', '**']) : '### ';
  Object.assign(params, { markdown: true, halfWidth, strayP, trailingP, titleMark: titleMark.trim(), subtitleMark: subtitleMark.trim() || 'none', headingStyle });
  const body = (text: string): string => straySpaces(halfWidth ? halfWidthPunctuation(text, rng) : text, rng, strayP);
  const out: RenderedLine[] = [];
  const push = (line: RenderedLine): void => {
    if (out.length) out.push(BLANK);
    out.push(line);
  };
  let firstFurniture = true;
  for (const line of furnitureBlock(elements, rng, false)) {
    if (firstFurniture) line[0] = { unit: line[0].unit, text: `# ${line[0].text}` };
    firstFurniture = false;
    push(line.map((s) => ({ unit: s.unit, text: body(s.text) })));
  }
  for (const e of elements) {
    switch (e.kind) {
      case 'furniture':
        break;
      case 'title':
        push(seg(e.unit, (mixed && e.article > 0 ? rng.pick(['## ', '### ']) : titleMark) + e.text));
        break;
      case 'subtitle':
        push(seg(e.unit, subtitleMark + e.text));
        break;
      case 'byline':
        push(seg(e.unit, e.text));
        break;
      case 'heading':
        push(seg(e.unit, headingStyle === '**' ? `**${e.text}**` : `### ${e.text}`));
        break;
      case 'caption':
      case 'credit':
        push(seg(e.unit, body(e.text)));
        break;
      case 'paragraph': {
        const text = body(e.text);
        // A column break inside a long paragraph: a blank line, sometimes mid-word.
        const cut = text.length > 100 && rng.chance(0.12) && !off('no-column-breaks') ? rng.int(20, text.length - 20) : -1;
        const parts = cut > 0 ? [text.slice(0, cut), text.slice(cut)] : [text];
        parts.forEach((part, i) => {
          const line: RenderedLine = [];
          if (i === 0 && e.dateline) line.push({ unit: e.dateline.unit, text: `**${e.dateline.text}** ` });
          line.push({ unit: e.unit, text: part });
          push(line);
        });
        break;
      }
    }
  }
  return out.map((line) =>
    line.length && rng.chance(trailingP) ? [...line.slice(0, -1), { ...line[line.length - 1], text: `${line[line.length - 1].text}  ` }] : line,
  );
}

/** Renders `doc` in `layout`; `raw` is the original page text (only used by crlf/bom). */
export interface RenderOptions {
  ablations?: Iterable<Ablation>;
  /** Fixed column width for narrow/wide/indented instead of the seeded one. */
  width?: number;
}

export function renderPage(doc: GoldDoc, raw: string, layout: LayoutName, seed: number, options: RenderOptions = {}): RenderedPage {
  ablated = new Set(options.ablations ?? []);
  const rng = makeRng(`${layout}:${doc.source}:${seed}`);
  const params: RenderedPage['params'] = {};
  const base: FlowOptions = {
    width: null,
    blankBetween: true,
    indent: false,
    blankBetweenArticles: true,
    datelineSeparator: rng.pick([' ', '\u3000', '  ']),
    titleSplit: 0.5,
    headingSplit: 0.5,
    tightHeader: rng.chance(0.5),
    indentCredit: false,
    indentDropped: false,
    headTight: false,
    strayP: 0,
  };
  let lines: RenderedLine[];
  switch (layout) {
    case 'narrow':
    case 'wide': {
      const drawn = layout === 'narrow' ? rng.int(10, 14) : rng.int(30, 40);
      const width = options.width ?? drawn;
      const indentDropped = rng.chance(0.5);
      const headTight = rng.chance(0.3);
      const strayP = rng.pick([0, 0, 0.5]);
      Object.assign(params, { width, indentDropped, headTight, strayP });
      lines = columnBreaks(flow(doc, rng, { ...base, width, indentDropped, headTight, strayP }), rng, paragraphUnits(doc));
      break;
    }
    case 'oneline':
      lines = flow(doc, rng, { ...base, titleSplit: 0.3, headingSplit: 0.2 });
      break;
    case 'oneline-tight':
      lines = flow(doc, rng, { ...base, blankBetween: false, blankBetweenArticles: false, titleSplit: 0, headingSplit: 0 });
      break;
    case 'markdown':
    case 'markdown-mixed':
      lines = markdown(doc, rng, params, layout === 'markdown-mixed');
      break;
    case 'indented':
    case 'indented-oneline': {
      const drawn = rng.int(16, 40);
      const width = layout === 'indented' ? (options.width ?? drawn) : null;
      const blankBetweenArticles = rng.chance(0.5);
      const indentCredit = rng.chance(0.5);
      Object.assign(params, { width: width ?? 'none', blankBetweenArticles, indentCredit });
      lines = flow(doc, rng, { ...base, width, blankBetween: false, indent: true, blankBetweenArticles, indentCredit, titleSplit: 0.3, headingSplit: 0 });
      break;
    }
    case 'crlf':
    case 'bom':
      return {
        lines: raw.replace(/^\uFEFF/u, '').split(/\r?\n/u).map((text) => (text ? [{ unit: '?', text }] : [])),
        eol: layout === 'crlf' ? '\r\n' : '\n',
        bom: layout === 'bom',
        params,
      };
  }
  params.datelineSeparator = JSON.stringify(base.datelineSeparator);
  params.tightHeader = base.tightHeader;
  return { lines, eol: '\n', bom: false, params };
}

export function rawText(page: RenderedPage): string {
  const body = page.lines.map((line) => line.map((s) => s.text).join('')).join(page.eol) + page.eol;
  return page.bom ? `\uFEFF${body}` : body;
}

/** The unit → article number (-1 furniture) map of a gold page. */
export function unitArticle(unit: string): number {
  const m = unit.match(/^A(\d+)\./u);
  return m ? Number(m[1]) : -1;
}

export { cells as printCells, CLOSING as CLOSING_MARKS };
