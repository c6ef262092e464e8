import { describe, expect, it } from 'vitest';
import type { PageAnalysis } from '../model/page-analysis';
import { analyzePage } from './analyze-page';
import { layOutPage, type PageLayout } from './lay-out-page';
import { characterDifferences } from './test-support/raw-characters';
import { SEED_PAGES } from './test-support/seed-pages';

const LAYOUTS: Record<string, PageLayout> = {
  unwrapped: { width: null, blankLines: false, indent: false, markdown: false },
  'unwrapped, U+3000 indents': { width: null, blankLines: false, indent: true, markdown: false },
  'narrow 12, blank lines': { width: 12, blankLines: true, indent: false, markdown: false },
  'narrow 14, indents': { width: 14, blankLines: false, indent: true, markdown: false },
  'wide 34, blank lines': { width: 34, blankLines: true, indent: false, markdown: false },
  'wide 30, indents': { width: 30, blankLines: false, indent: true, markdown: false },
  'markdown headers': { width: null, blankLines: true, indent: false, markdown: true },
};

/** Share of the reference's titles and blocks that the variant reproduces exactly. */
function agreement(reference: PageAnalysis, variant: PageAnalysis): number {
  const expected = reference.articles.flatMap((article) => [article.title, ...article.blocks.map((block) => block.text)]);
  const actual = new Set(variant.articles.flatMap((article) => [article.title, ...article.blocks.map((block) => block.text)]));
  return expected.filter((text) => actual.has(text)).length / Math.max(1, expected.length);
}

describe('seed pages', () => {
  it('are all present', () => {
    expect(SEED_PAGES.length).toBeGreaterThanOrEqual(5);
  });

  for (const { name, raw } of SEED_PAGES) {
    describe(name, () => {
      const reference = analyzePage(raw, { source: name });

      it('puts every raw character in exactly one place', () => {
        expect(characterDifferences(raw, reference)).toEqual([]);
      });

      it('places every non-empty raw line', () => {
        const nonEmpty = reference.lines.filter((line) => line.text.replace(/[\s*#]/gu, '') !== '').map((line) => line.index);
        expect(reference.placements.map((placement) => placement.line)).toEqual(nonEmpty);
      });

      for (const [label, layout] of Object.entries(LAYOUTS)) {
        it(`reads the same when re-laid out: ${label}`, () => {
          const variantRaw = layOutPage(reference, layout);
          const variant = analyzePage(variantRaw);
          expect(agreement(reference, variant)).toBeGreaterThanOrEqual(0.95);
          expect(variant.articles.map((article) => article.title)).toEqual(reference.articles.map((article) => article.title));
          expect(characterDifferences(variantRaw, variant)).toEqual([]);
        });
      }
    });
  }
});
