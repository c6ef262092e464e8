import { describe, expect, it } from 'vitest';
import shipped from './layout-model.json';
import { analyzePage } from '../analyze-page';
import { featureWords } from './feature-labels';
import { LAYOUT_MODEL_VERSION, layoutModel, parseLayoutModel } from './layout-model';
import { MODEL_ROLES } from './line-signals';

describe('the shipped layout model', () => {
  it('loads, has this code’s version and a well-formed head for roles, starts and joins', () => {
    const model = layoutModel();
    expect(model.version).toBe(LAYOUT_MODEL_VERSION);
    expect(model.heads.role.classes).toEqual(MODEL_ROLES);
    expect(model.heads.start.classes).toEqual(['no', 'yes']);
    expect(model.heads.join.classes).toEqual(['split', 'join']);
    for (const head of Object.values(model.heads)) {
      expect(head.features[0]).toBe('bias');
      expect(head.weights.every((row) => row.length === head.features.length)).toBe(true);
    }
    expect(model.trainedOn.pages).toBeGreaterThan(0);
  });

  it('refuses weights of another version or a head of the wrong shape', () => {
    expect(() => parseLayoutModel({ ...shipped, version: LAYOUT_MODEL_VERSION + 1 })).toThrow(/version/u);
    const broken = structuredClone(shipped);
    broken.heads.role.weights[0].pop();
    expect(() => parseLayoutModel(broken)).toThrow(/role/u);
  });

  it('can name in the editor’s words the features behind its decisions', () => {
    const named = layoutModel().heads.role.features.filter((feature) => featureWords(feature) !== null);
    expect(named.length).toBeGreaterThan(layoutModel().heads.role.features.length * 0.8);
  });
});

const body = (count: number, topic: string) =>
  Array.from({ length: count }, (_, index) => `\u3000\u3000${topic}第${index + 1}项工作扎实推进，${'群众满意度不断提升，'.repeat(1 + (index % 3))}相关经验在全区推广。`).join('\n');

describe('the model’s judgement on hand-made pages', () => {
  it('takes bare names under a headline for its byline, and the headline above them for the title', () => {
    const raw = `荆楚首评最美法官 十名基层法官获殊荣\n陈俊 江南\n${body(4, '评选')}\n`;
    // Bare names right under a headline are a byline by the print rules themselves now; the model agrees.
    for (const analysis of [analyzePage(raw, { layoutModel: false }), analyzePage(raw)]) {
      expect(analysis.articles).toHaveLength(1);
      expect(analysis.articles[0].title).toBe('荆楚首评最美法官 十名基层法官获殊荣');
      expect(analysis.articles[0].byline).toBe('陈俊 江南');
    }
  });

  it('takes an unmarked headline over one-line paragraphs for a title, not furniture', () => {
    // One line per paragraph, blank lines between, no indents: nothing but its shape and place marks the first headline.
    const plain = (count: number, topic: string) => body(count, topic).replace(/\u3000/gu, '').replace(/\n/gu, '\n\n');
    const raw = `太仆寺旗法院开展廉政警示教育\n\n${plain(5, '警示')}\n\n（李文静）\n\n阿右旗法院为牧民送上“法律明白卡”\n韩丽涛 万磊 顾宇华\n\n${plain(4, '调解')}\n`;
    const judged = analyzePage(raw);
    expect(judged.articles.map((article) => article.title)).toEqual(['太仆寺旗法院开展廉政警示教育', '阿右旗法院为牧民送上“法律明白卡”']);
    expect(judged.articles[0].blocks).toHaveLength(5);
    expect(judged.articles[0].credit).toBe('（李文静）');
    expect(judged.furniture).toEqual([]);
  });
});
