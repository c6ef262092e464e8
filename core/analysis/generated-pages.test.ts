import { describe, expect, it } from 'vitest';
import type { PageDoc } from '../model/page-doc';
import { analyzePage } from './analyze-page';
import { layOutPage, type PageLayout } from './lay-out-page';
import { generatePage, seededRandom } from './test-support/generate-page';
import { characterDifferences } from './test-support/raw-characters';

function summary(doc: PageDoc) {
  return doc.articles.map((article) => ({
    title: article.title,
    subtitle: article.subtitle,
    byline: article.byline,
    credit: article.credit,
    blocks: article.blocks.map((block) => `${block.type}:${block.text}`),
  }));
}

/** Inserts a blank line after a full line in mid-paragraph, as a column break leaves it. */
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

describe('generated pages', () => {
  for (let seed = 1; seed <= 100; seed++) {
    it(`recovers page ${seed} exactly`, () => {
      const random = seededRandom(seed);
      const doc = generatePage(random, 1 + Math.floor(random() * 4));
      const layout: PageLayout = {
        width: random() < 0.15 ? null : 10 + Math.floor(random() * 27),
        blankLines: random() < 0.6,
        indent: false,
        markdown: random() < 0.2,
      };
      if (!layout.blankLines) layout.indent = true;
      let raw = layOutPage(doc, layout);
      if (layout.blankLines && layout.width !== null) raw = breakColumns(raw, random);
      const analysis = analyzePage(raw);
      expect(summary(analysis), JSON.stringify(layout)).toEqual(summary(doc));
      expect(characterDifferences(raw, analysis)).toEqual([]);
    });
  }

  it('puts a headline printed after its body back on top', () => {
    const random = seededRandom(99);
    const doc = generatePage(random, 1);
    doc.articles[0].byline = '本报记者●王雅妮';
    const body = layOutPage({ ...doc, articles: [{ ...doc.articles[0], title: '', subtitle: null, byline: null, credit: null }] }, { width: 20, blankLines: true, indent: false, markdown: false });
    const head = `${doc.articles[0].title}\n\n${doc.articles[0].byline}\n`;
    const raw = `${body.trimStart()}\n${head}`;
    const analysis = analyzePage(raw);
    expect(analysis.articles).toHaveLength(1);
    expect(analysis.articles[0].title).toBe(doc.articles[0].title);
    expect(analysis.articles[0].blocks.map((block) => block.text)).toEqual(doc.articles[0].blocks.map((block) => block.text));
    expect(analysis.moves.map((move) => move.kind)).toContain('headline-after-body');
  });
});
