import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze-page';
// Real plain pdftotext output of a corpus train page printed by Chromium (corpus/README.md), frozen as
// it was when the test was written: two bylines set beside their heads come out above them
// (文/本报记者 王雅琴 / 文/图 本报通讯员 王锐), then the head 雪原上的巡回审判, then its lead `巴彦淖尔讯 1月8日，…`.
import p047 from './test-support/extractor-pages/pdftotext-train-p047.txt?raw';

describe('a head under a byline, over a dateline', () => {
  it('opens an article: a dateline opens an article\'s text, never a section\'s', () => {
    const article = analyzePage(p047).articles.find((candidate) => candidate.title === '雪原上的巡回审判');
    expect(article).toMatchObject({ dateline: '巴彦淖尔讯' });
  });

  it('stays a section head when bracketed (【基本案情】 over the lead of a Q&A case), as text layouts set it', () => {
    const page = ['土地流转合同到期 承包方拒不腾地怎么办？', '本报通讯员 云志强', '【基本案情】', '　　本报呼和浩特讯  2018年3月，察素齐镇某村村民张某将自家承包的28亩耕地流转给李某种植，双方签订书面合同。'].join('\n');
    expect(analyzePage(page).articles.map((article) => article.title)).toEqual(['土地流转合同到期 承包方拒不腾地怎么办？']);
    // …and set bold in markdown, over a bold dateline.
    const bold = ['### 土地流转合同到期 承包方拒不腾地怎么办？', '', '本报通讯员 云志强', '', '**【基本案情】**', '', '**本报呼和浩特讯** 2018 年3月,察素齐镇某村村民张某将自家承包的28亩耕地流转给李某种植。', '', '**【裁判结果】**', '', '法院判决李某腾退土地。'].join('\n');
    expect(analyzePage(bold).articles.map((article) => [article.title, article.dateline])).toEqual([['土地流转合同到期 承包方拒不腾地怎么办？', '本报呼和浩特讯']]);
  });
});

describe('a long head with no mark but its quotes, over a dateline', () => {
  it('opens an article, one line to a paragraph, with no byline between', () => {
    const page = [
      '阴山北麓 一张手绘地图连起千户牧民',
      '本报记者 塔娜',
      '夕阳西下，法庭的越野车又一次驶出院子，车上装着卷宗和国徽。',
      '付了钱却没见到“对象” 达拉特旗法院发布三起婚介服务合同纠纷典型案例',
      '达拉特讯　近年来，婚恋服务市场逐渐升温，“高价包成功”等纠纷随之增多。',
      '案例一：“包成功”承诺落空 婚介费部分返还',
      '2023年5月，王某与树林召镇某婚介所签订服务合同，支付服务费3万元。',
    ].join('\n');
    expect(analyzePage(page).articles.map((article) => [article.title, article.dateline])).toEqual([
      ['阴山北麓 一张手绘地图连起千户牧民', null],
      ['付了钱却没见到“对象” 达拉特旗法院发布三起婚介服务合同纠纷典型案例', '达拉特讯'],
    ]);
  });
});
