import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze-page';
// Real plain pdftotext output of corpus train pages printed by Chromium (corpus/README.md), frozen as
// they were when the tests were written. A roundup's headline spans its columns and pdftotext writes it
// as a block of its own, blank lines on both sides, after the article above has finished (…为一面旗帜。,
// or its credit …稿）); under it the row of its items' columns, not yet an item's head.
import p040 from './test-support/extractor-pages/pdftotext-train-p040.txt?raw';
import p032 from './test-support/extractor-pages/pdftotext-train-p032.txt?raw';

describe('a roundup headline set apart as a block of its own', () => {
  it('opens the roundup after finished text or a closing credit', () => {
    expect(analyzePage(p040).articles.map((article) => article.title)).toContain('全区法院工作简讯');
    expect(analyzePage(p032).articles.map((article) => article.title)).toContain('岭南法院动态');
  });

  it('stays a section head where running text goes on around it without blank lines', () => {
    const page = ['巡回审判进牧区', '本报通讯员 高娃', '　　今年以来，该院坚持把法庭开到牧民家门口，共巡回办案86件。', '基层工作动态', '　　该院还组建了普法宣讲队，深入嘎查村开展宣讲12场。'].join('\n');
    expect(analyzePage(page).articles.map((article) => article.title)).toEqual(['巡回审判进牧区']);
  });

  it('stands over its first item\'s head alone: the genre\'s word closes the headline, the item\'s head opens no article', () => {
    const page = [
      '阿拉善中院出台生态环境司法保护九项措施',
      '',
      '　　据了解，2024年全盟法院共审结环境资源案件186件。',
      '（阿拉善盟中级人民法院供稿）',
      '',
      '岭南法院动态',
      '',
      '扎兰屯市法院“法官驿站”',
      '',
      '　　10月以来，扎兰屯市人民法院在辖区5个社区设立“法官驿站”，每周安排法官坐班。（孙洪波）',
      '阿荣旗法院开展“送法进校园”',
      '　　该院干警走进辖区中小学，开展法治讲座6场。（关红梅）',
    ].join('\n');
    const articles = analyzePage(page).articles;
    expect(articles.map((article) => article.title)).toEqual(['阿拉善中院出台生态环境司法保护九项措施', '岭南法院动态']);
    expect(articles[1].blocks[0]).toMatchObject({ type: 'heading', text: '扎兰屯市法院“法官驿站”' });
  });
});
