// Labels each non-empty raw line with what the gold says it is, locating lines in the gold as
// ../shared/eval/score.mjs does (whole line, else its tail, else its head).
import type { GoldDoc } from '../eval-variants/render';

export interface LineLabel {
  /** Article index, -1 furniture, null not found. */
  article: number | null;
  role: string | null;
  /** The line is the first of its article in raw order. */
  start: boolean;
  /** The line continues the previous line's text unit (undefined for the first line). */
  joinsPrevious?: boolean;
}

interface GoldUnit {
  article: number;
  role: string;
  norm: string;
}

const norm = (text: string | null | undefined): string => (text ?? '').normalize('NFKC').replace(/[\s*#]/gu, '');
const PROBE = 8;

function goldUnits(doc: GoldDoc): GoldUnit[] {
  const units: GoldUnit[] = doc.furniture.map((text) => ({ article: -1, role: 'furniture', norm: norm(text) }));
  doc.articles.forEach((article, index) => {
    for (const field of ['title', 'subtitle', 'byline', 'dateline', 'credit'] as const) {
      if (article[field]) units.push({ article: index, role: field, norm: norm(article[field]) });
    }
    for (const block of article.blocks) units.push({ article: index, role: block.type, norm: norm(block.text) });
  });
  return units;
}

function locate(units: readonly GoldUnit[], line: string): GoldUnit | null {
  const whole = units.find((unit) => unit.norm === line);
  if (whole) return whole;
  for (const probe of [line.slice(-PROBE), line.slice(0, PROBE)]) {
    const unit = units.find((candidate) => candidate.norm.includes(probe));
    if (unit) return unit;
  }
  return null;
}

/** Labels of the non-empty raw lines (the lines `extractPageLines` keeps), in raw order. */
export function labelLines(raw: string, doc: GoldDoc): LineLabel[] {
  const units = goldUnits(doc);
  const lines = raw.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/).filter((text) => !/^[\s*#]*$/u.test(text)).map(norm);
  const seen = new Set<number>();
  return lines.map((line, position) => {
    const unit = locate(units, line);
    const article = unit ? unit.article : null;
    const start = article !== null && article >= 0 && !seen.has(article);
    if (article !== null) seen.add(article);
    const label: LineLabel = { article, role: unit?.role ?? null, start };
    if (position > 0) {
      const probe = lines[position - 1].slice(-PROBE) + line.slice(0, PROBE);
      label.joinsPrevious = units.some((candidate) => candidate.norm.includes(probe));
    }
    return label;
  });
}
