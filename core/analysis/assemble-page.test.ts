import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze-page';
import { assemblePage } from './assemble-page';
import { SEED_PAGES } from './test-support/seed-pages';
// pdftotext's text of a development page (tune6): the byline printed level with the publication's name, on the line under it.
import bylineBesideMasthead from './test-support/extractor-pages/pdftotext-dev-byline-beside-masthead.txt?raw';

const page000 = SEED_PAGES.find((page) => page.name.startsWith('000'))?.raw ?? '';
const page002 = SEED_PAGES.find((page) => page.name.startsWith('002'))?.raw ?? '';

describe('assemblePage', () => {
  it('reproduces the analysis without overrides', () => {
    const analysis = analyzePage(page002);
    const again = assemblePage(analysis, {});
    expect(again.articles).toEqual(analysis.articles);
    expect(again.furniture).toEqual(analysis.furniture);
    expect(again.placements).toEqual(analysis.placements);
  });

  it('reproduces the analysis of a page whose byline stood beside the masthead (it is the first article\'s when assembled again)', () => {
    const analysis = analyzePage(bylineBesideMasthead);
    expect(analysis.articles[0].byline).toBe('记者 孙宏伟');
    expect(assemblePage(analysis, {}).articles).toEqual(analysis.articles);
  });

  it('splits a paragraph where the editor splits a break, and joins it back', () => {
    const analysis = analyzePage(page000);
    const join = analysis.breaks.find((decision) => decision.decision === 'join' && decision.kind === 'wrap');
    if (!join) throw new Error('no join on the page');
    const blocksBefore = analysis.articles.reduce((sum, article) => sum + article.blocks.length, 0);
    const split = assemblePage(analysis, { breaks: { [join.id]: 'split' } });
    expect(split.articles.reduce((sum, article) => sum + article.blocks.length, 0)).toBe(blocksBefore + 1);
    expect(split.breaks.find((decision) => decision.id === join.id)).toMatchObject({ decision: 'split', confidence: 1 });
    expect(assemblePage(split, { breaks: { [join.id]: 'join' } }).articles).toEqual(analysis.articles);
  });

  it('changes a line role: a paragraph made a heading', () => {
    const analysis = analyzePage(page002);
    const paragraph = analysis.articles[1].blocks[1];
    const changed = assemblePage(analysis, { roles: { [paragraph.lines[0]]: 'heading' } });
    expect(changed.articles[1].blocks[1]).toMatchObject({ type: 'heading', text: paragraph.text });
  });

  it('takes a line the editor marked as the dateline into the dateline, out of the body', () => {
    const analysis = analyzePage(page000);
    const paragraph = analysis.articles[1].blocks.find((block, index) => block.type === 'paragraph' && index > 0);
    if (!paragraph) throw new Error('no second paragraph on the page');
    const changed = assemblePage(analysis, { roles: { [paragraph.lines[0]]: 'dateline' } });
    expect(changed.articles[1].dateline).toBe(paragraph.text);
    expect(changed.articles[1].blocks.map((block) => block.text)).not.toContain(paragraph.text);
    expect(changed.placements.find((placement) => placement.line === paragraph.lines[0])).toMatchObject({ article: 1, role: 'dateline' });
  });

  it('starts a new article where the editor says so', () => {
    const analysis = analyzePage(page002);
    const start = analysis.articles[0].blocks[2].lines[0];
    const changed = assemblePage(analysis, { articleStarts: [start] });
    expect(changed.articles).toHaveLength(analysis.articles.length + 1);
    expect(changed.placements.find((placement) => placement.line === start)?.article).toBe(1);
  });

  it('undoes a reading-order move', () => {
    const analysis = analyzePage(page000);
    const lead = analysis.moves.find((move) => move.kind === 'lead-at-end');
    if (!lead) throw new Error('no lead-at-end move on page 000');
    expect(analysis.articles[0].blocks[0].lines[0]).toBe(lead.lines[0]);
    const undone = assemblePage(analysis, { undoMoves: [lead.id] });
    expect(undone.articles[0].blocks[0].lines[0]).not.toBe(lead.lines[0]);
    expect(undone.moves.map((move) => move.id)).toContain(lead.id);
  });

  it('switches a normalization rule off', () => {
    const analysis = analyzePage(page002);
    const raw = assemblePage(analysis, { normalization: { 'fullwidth-punctuation': false } });
    expect(raw.normalization.find((report) => report.rule === 'fullwidth-punctuation')).toMatchObject({ enabled: false, changes: 0 });
    expect(raw.articles[0].blocks[0].text).toContain(',');
  });

  // Its speed is a target in `npm run bench -- editing`, not here.
  it('re-assembles a 20,000-character page after one break toggle, changing only that break', () => {
    let raw = '';
    for (let index = 0; raw.length < 20_000; index++) raw += `${SEED_PAGES[index % SEED_PAGES.length].raw}\n\n`;
    const analysis = analyzePage(raw);
    const join = analysis.breaks.find((decision) => decision.decision === 'join');
    if (!join) throw new Error('no join on the page');
    const toggled = assemblePage(analysis, { breaks: { [join.id]: 'split' } });
    const changed = toggled.breaks.filter((decision, index) => decision.decision !== analysis.breaks[index].decision);
    expect(changed.map((decision) => decision.id)).toEqual([join.id]);
    expect(toggled.breaks).toHaveLength(analysis.breaks.length);
  });
});
