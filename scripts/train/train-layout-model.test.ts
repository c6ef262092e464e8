import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GoldDoc } from '../eval-variants/render';
import type { TrainingPage } from './collect-pages';
import { labelLines } from './label-lines';
import { trainLayoutModel } from './train-layout-model';

const holdout = path.resolve(import.meta.dirname, '..', '..', 'eval', 'holdout');
const pages: TrainingPage[] = readdirSync(holdout)
  .filter((file) => file.endsWith('.gold.json'))
  .sort()
  .slice(0, 3)
  .map((file) => {
    const name = file.replace(/\.gold\.json$/u, '');
    return { set: 'holdout', name, raw: readFileSync(path.join(holdout, `${name}.txt`), 'utf8'), gold: JSON.parse(readFileSync(path.join(holdout, file), 'utf8')) as GoldDoc };
  });

describe('training the layout model', () => {
  it('gives the same weights for the same pages, and other weights for other pages', () => {
    const first = trainLayoutModel(pages);
    const second = trainLayoutModel(pages);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    const fewer = trainLayoutModel(pages.slice(0, 2));
    expect(JSON.stringify(fewer.heads.role.weights)).not.toBe(JSON.stringify(first.heads.role.weights));
  });

  it('labels raw lines from the gold: title, byline, dateline-led paragraph, article starts, joins', () => {
    const gold: GoldDoc = {
      source: 't.txt', publication: null, issue_date: null, page_label: null, furniture: ['法院专刊'],
      articles: [
        { title: '草原上的流动法庭', subtitle: null, byline: '陈俊 江南', dateline: '赤峰讯', credit: null, blocks: [{ type: 'paragraph', text: '近日，流动法庭开进了牧区，为牧民调解纠纷十余起。' }], courts: [], themes: [] },
        { title: '调解室里的春天', subtitle: null, byline: null, dateline: null, credit: '（张丽）', blocks: [{ type: 'paragraph', text: '一场持续多年的邻里纠纷在调解室里化解。' }], courts: [], themes: [] },
      ],
    };
    const raw = '法院专刊\n\n草原上的流动法庭\n陈俊 江南\n赤峰讯　近日，流动法庭开进了牧区，\n为牧民调解纠纷十余起。\n\n调解室里的春天\n一场持续多年的邻里纠纷在调解室里化解。\n（张丽）\n';
    const labels = labelLines(raw, gold);
    expect(labels.map((label) => label.role)).toEqual(['furniture', 'title', 'byline', 'paragraph', 'paragraph', 'title', 'paragraph', 'credit']);
    expect(labels.map((label) => label.start)).toEqual([false, true, false, false, false, true, false, false]);
    expect(labels.map((label) => label.joinsPrevious)).toEqual([undefined, false, false, false, true, false, false, false]);
  });
});
