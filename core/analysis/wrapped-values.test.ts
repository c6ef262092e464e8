import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze-page';
import { page } from './test-support/page-lines';

// A value a narrow column wrapped away from its label or its unit. Excerpts of narrow text layouts of
// development-set articles.
const blocks = (raw: string) => analyzePage(raw).articles.flatMap((article) => article.blocks.map((block) => block.text));

describe('a value wrapped away from its label or unit', () => {
  it('keeps a contact\'s number with its label left at the line\'s end', () => {
    const raw = page(
      '关于执行案款集中发放的公告',
      '',
      '请申请执行人携带身份证件、',
      '授权委托书到本院领取案款。',
      '',
      '联系人：刘律师',
      '',
      '联系电话：',
      '0477-0000000',
      '',
      '特此公告。',
    );
    // …and the line stays the notice's, under its contact person and over its closing formula: no masthead's contact.
    expect(blocks(raw)).toContain('联系电话：0477-0000000');
    expect(analyzePage(raw).furniture).toEqual([]);
  });

  it('keeps a measure\'s denominator wrapped to the next line in its sentence', () => {
    const raw = page(
      '醉驾入刑 法官以案释法',
      '',
      '经检测，郭某血液中',
      '乙醇含量为168.5毫克',
      '/100 毫升，属于醉酒驾',
      '驶机动车。',
      '',
      '庭审中，郭某对指控',
      '的事实供认不讳。',
    );
    expect(blocks(raw).some((text) => text.includes('168.5毫克/100毫升'))).toBe(true);
  });
});
