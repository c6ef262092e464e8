import type { PdfRule } from '../model/pdf-layout';

export interface PageRules {
  /** Thin and wide: rules between stacked articles, the masthead rule, box tops and bottoms. */
  horizontal: PdfRule[];
  /** Thin and tall: column rules, box sides. */
  vertical: PdfRule[];
  /** Large painted areas: pictures (a picture's frame or its placeholder). */
  pictures: PdfRule[];
}

/** A rule is at most this thick, in points; anything thicker and large on both sides is a picture. */
const RULE_THICKNESS = 4;

export function classifyRules(rules: readonly PdfRule[]): PageRules {
  const result: PageRules = { horizontal: [], vertical: [], pictures: [] };
  for (const rule of rules) {
    if (rule.height <= RULE_THICKNESS && rule.width > 3 * rule.height && rule.width >= 10) result.horizontal.push(rule);
    else if (rule.width <= RULE_THICKNESS && rule.height > 3 * rule.width && rule.height >= 10) result.vertical.push(rule);
    else if (rule.width >= 20 && rule.height >= 20) result.pictures.push(rule);
  }
  return result;
}
