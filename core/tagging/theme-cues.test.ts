import { describe, expect, it } from 'vitest';
import themesSeed from '../../seeds/vocab/themes.json';
import type { Block } from '../model/page-doc';
import type { Theme } from '../model/vocabulary';
import { suggestThemes } from './suggest-tags';
import { themeCueHits } from './theme-cues';
import { testArticle } from './test-articles';

const THEMES = themesSeed as Theme[];
const paragraph = (text: string): Block => ({ type: 'paragraph', text });
const heading = (text: string): Block => ({ type: 'heading', text });
const cueThemes = (blocks: Block[], fields: { title?: string; subtitle?: string } = {}) =>
  themeCueHits(testArticle({ title: fields.title ?? '标题', subtitle: fields.subtitle ?? null, blocks })).map((hit) => hit.theme);

describe('themeCueHits', () => {
  it('reads questions and answers as explaining the law', () => {
    expect(cueThemes([paragraph('导语。'), paragraph('问：能退吗？'), paragraph('答：能。'), paragraph('问：怎么退？'), paragraph('答：起诉。')])).toEqual(['普法宣传']);
    expect(cueThemes([paragraph('导语。'), heading('一问：适用于所有离婚吗？'), paragraph('不是。'), heading('二问：冷静期有多长？'), paragraph('三十日。')])).toEqual(['普法宣传']);
    // One question in a story is not a Q&A.
    expect(cueThemes([paragraph('导语。'), heading('钱从哪里来？'), paragraph('正文。')])).toEqual([]);
  });

  it('reads a ——记 subtitle as a profile', () => {
    expect(cueThemes([paragraph('今年是他工作的第31个年头。')], { subtitle: '——记锡林浩特市人民法院法官乌力吉' })).toEqual(['队伍建设']);
    expect(cueThemes([paragraph('正文。')], { subtitle: '——鄂尔多斯市康巴什区人民法院党建工作纪实' })).toEqual([]);
  });

  it('reads a first-person essay as court culture and the growth of its people, not a quoted 我 or 我院', () => {
    expect(cueThemes([paragraph('在法庭工作了四年，我经手的调解书有几百份。'), paragraph('老人来了。'), paragraph('我常想，一份调解书是一个家的开始。')])).toEqual(['法院文化', '队伍建设']);
    expect(cueThemes([paragraph('“我想要回我的钱。”老人说。'), paragraph('我院立即立案。'), paragraph('“我们会尽快办。”法官说。')])).toEqual([]);
  });
});

describe('suggestThemes with cues', () => {
  it('puts 普法宣传 among the themes of a Q&A about a branch of law', () => {
    const doc = testArticle({
      title: '离婚冷静期五问',
      blocks: [
        paragraph('民法典施行以来，“离婚冷静期”一直是群众关注的话题。某人民法庭法官结合审判实践作出解答。'),
        heading('一问：离婚冷静期适用于所有离婚吗？'),
        paragraph('不是。离婚冷静期只适用于到婚姻登记机关协议离婚。'),
        heading('二问：冷静期有多长？'),
        paragraph('三十日内任何一方不愿意离婚的，可以撤回离婚登记申请。'),
        heading('三问：法院诉讼离婚有没有类似的“冷静”？'),
        paragraph('法院在审理离婚案件时会先行调解，人民法庭通过调解促成和好的家事案件有37件。'),
      ],
    });
    const law = suggestThemes(doc, THEMES).find((suggestion) => suggestion.name === '普法宣传');
    // Argued for by the questions themselves, where its keywords alone do not suffice.
    expect(law?.evidence).toContainEqual({ phrase: '一问：离婚冷静期适用于所', place: 'heading', block: 1 });
  });
});
