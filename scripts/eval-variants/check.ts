// Sanity checks on a rendered variant, and the scorer's own view of a page (its text
// normalization, join probes and line → article location, replicated from score.mjs).
import { CLOSING_MARKS, type GoldDoc, type RenderedPage, unitArticle } from './render';

export const norm = (s: string | null | undefined): string => (s ?? '').normalize('NFKC').replace(/[\s*#]/gu, '');

const FIELDS = ['title', 'subtitle', 'byline', 'dateline', 'credit'] as const;

export interface ScoreUnit {
  article: number;
  text: string;
  norm: string;
}

/** Every piece of text of an analysis with its article (-1 furniture), as score.mjs lists them. */
export function scoreUnits(doc: Pick<GoldDoc, 'furniture' | 'articles'>): ScoreUnit[] {
  const out: ScoreUnit[] = [];
  for (const f of doc.furniture ?? []) out.push({ article: -1, text: f, norm: norm(f) });
  (doc.articles ?? []).forEach((a, i) => {
    for (const f of FIELDS) if (a[f]) out.push({ article: i, text: a[f] as string, norm: norm(a[f]) });
    for (const b of a.blocks ?? []) out.push({ article: i, text: b.text ?? '', norm: norm(b.text) });
  });
  return out;
}

export interface ScoreLine {
  /** 0-based raw line index. */
  index: number;
  text: string;
  norm: string;
  gap: boolean;
}

export function scoreLines(raw: string): ScoreLine[] {
  const lines: ScoreLine[] = [];
  let blanks = 0;
  raw.split(/\r?\n/u).forEach((text, index) => {
    const n = norm(text);
    if (!n) {
      blanks++;
      return;
    }
    lines.push({ index, text, norm: n, gap: blanks > 0 });
    blanks = 0;
  });
  return lines;
}

const CTX = 8;
export function scorerJoined(units: ScoreUnit[], a: ScoreLine, b: ScoreLine): boolean {
  const probe = a.norm.slice(-CTX) + b.norm.slice(0, CTX);
  return units.some((u) => u.norm.includes(probe));
}

export function scorerLineArticle(units: ScoreUnit[], line: ScoreLine): number | null {
  const whole = units.find((x) => x.norm === line.norm);
  if (whole) return whole.article;
  for (const probe of [line.norm.slice(-CTX), line.norm.slice(0, CTX)]) {
    const u = units.find((x) => x.norm.includes(probe));
    if (u) return u.article;
  }
  return null;
}

export interface CheckResult {
  /** Hard errors: the gold is not a valid answer for the variant. */
  errors: string[];
  /** Breaks where the scorer's probe label differs from the true one (scorer noise, not an error). */
  labelNoise: number;
  /** Lines the scorer locates in another article than the true one. */
  locateNoise: number;
  breaks: number;
  /** Breaks with no blank line between the two lines, and with one or more. */
  wraps: number;
  gaps: number;
}

/** The text of each gold unit, keyed as the renderer keys them. */
function goldUnitTexts(doc: GoldDoc): Map<string, string> {
  const out = new Map<string, string>();
  doc.furniture.forEach((f, i) => out.set(`F${i}`, f));
  doc.articles.forEach((a, i) => {
    for (const f of FIELDS) if (a[f]) out.set(`A${i}.${f}`, a[f] as string);
    a.blocks.forEach((b, j) => out.set(`A${i}.B${j}`, b.text));
  });
  return out;
}

/**
 * Joining the variant's lines exactly as the gold says (each unit's pieces, in order, with the
 * breaks removed) must give back each gold text up to what FORMAT.md normalizes (punctuation
 * width, spaces, markdown marks); every gold unit must be printed; wrapped lines obey kinsoku.
 */
export function checkVariant(doc: GoldDoc, page: RenderedPage, raw: string, wrapped: boolean): CheckResult {
  const errors: string[] = [];
  const gold = goldUnitTexts(doc);
  const original = page.lines.every((line) => line.every((s) => s.unit === '?'));
  // Only the markdown layouts change the text itself (marks, punctuation width, spaces).
  const transformed = page.params.markdown === true;
  if (!original) {
    const printed = new Map<string, string>();
    for (const line of page.lines) for (const s of line) printed.set(s.unit, (printed.get(s.unit) ?? '') + s.text);
    for (const [unit, text] of gold) {
      const got = printed.get(unit);
      if (got === undefined) errors.push(`${unit} not printed`);
      else if (norm(got) !== norm(text)) errors.push(`${unit} prints ${JSON.stringify(got)} for ${JSON.stringify(text)}`);
      else if (!transformed && got.replace(/\s/gu, '') !== text.replace(/\s/gu, '')) errors.push(`${unit} changes punctuation: ${JSON.stringify(got)}`);
    }
    for (const unit of printed.keys()) if (!gold.has(unit)) errors.push(`${unit} printed but not in gold`);
  }
  if (wrapped) {
    for (const line of page.lines) {
      const text = line.map((s) => s.text).join('');
      if (text && CLOSING_MARKS.has(text.trimStart()[0])) errors.push(`line opens with a closing mark: ${text}`);
    }
  }
  // The scorer's labels against the true ones.
  const units = scoreUnits(doc);
  const lines = scoreLines(raw);
  const rendered = page.lines.filter((line) => line.map((s) => s.text).join('').trim());
  let labelNoise = 0;
  let locateNoise = 0;
  if (!original && rendered.length === lines.length) {
    for (let i = 0; i < lines.length; i++) {
      const truth = unitArticle(rendered[i][rendered[i].length - 1].unit);
      if (scorerLineArticle(units, lines[i]) !== truth) locateNoise++;
      if (i === 0) continue;
      const a = rendered[i - 1];
      const b = rendered[i];
      const join = a[a.length - 1].unit === b[0].unit;
      if (scorerJoined(units, lines[i - 1], lines[i]) !== join) labelNoise++;
    }
  } else if (!original) {
    errors.push(`line count mismatch: ${rendered.length} rendered vs ${lines.length} scored`);
  }
  const gaps = lines.slice(1).filter((line) => line.gap).length;
  return { errors, labelNoise, locateNoise, breaks: Math.max(0, lines.length - 1), wraps: Math.max(0, lines.length - 1) - gaps, gaps };
}
