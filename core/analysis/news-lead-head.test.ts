import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze-page';
// A one-line-per-paragraph layout of a development-set page (corpus/dev/tune2).
import newsLeadHeadPage from './test-support/extractor-pages/oneline-dev-news-lead-head.txt?raw';
// …and of a tune5 page: a roundup whose items run in after their places, then a news story's head.
// A wide layout (tune7): a photo story's head over a lead that names its court after a clause of the occasion.
import occasionLead from './test-support/extractor-pages/wide-dev-head-over-occasion-lead.txt?raw';
import runInItemsPage from './test-support/extractor-pages/oneline-dev-head-after-run-in-items.txt?raw';

// A head over a news lead — its time, then a court in full — on a court the article's headline does not name
// heads another article. Excerpts of one-line-per-paragraph layouts of development-set articles.
const titles = (raw: string) => analyzePage(raw).articles.map((article) => article.title);

describe('a head over a news lead on another court', () => {
  it('opens the next article though no byline, dateline or credit proves it (a page of the development set)', () => {
    expect(titles(newsLeadHeadPage)).toContain('巴彦淖尔法院优秀庭审评选结果揭晓');
  });

  it('leaves a roundup\'s court-led items, and a section over a lead on the headline\'s own court, in their article', () => {
    const roundup = [
      '春耕时节 各地法院在行动',
      '',
      '开鲁县法院 巡回审判护春耕',
      '',
      '近日，通辽市开鲁县人民法院组织干警深入东风镇开庭审理涉农纠纷。',
      '',
      '杭锦后旗法院 法律明白人下田间',
      '',
      '日前，巴彦淖尔市杭锦后旗人民法院组织法官走进种植基地。',
    ].join('\n');
    expect(titles(roundup)).toEqual(['春耕时节 各地法院在行动']);
    const feature = [
      '巴彦淖尔中院推行诉前调解',
      '',
      '今年以来，巴彦淖尔市中级人民法院把诉前调解作为化解纠纷的第一道防线。',
      '',
      '调解室里的新面孔',
      '',
      '近日，巴彦淖尔市中级人民法院聘请了12名特邀调解员。',
    ].join('\n');
    expect(titles(feature)).toEqual(['巴彦淖尔中院推行诉前调解']);
  });

  it('reads a railway court\'s full name, which holds no 人民, as the lead\'s court (呼和浩特铁路运输法院)', () => {
    const raw = [
      '赤峰中院发布3起未成年人司法保护典型案例',
      '',
      '近日，赤峰市中级人民法院发布3起未成年人司法保护典型案例。',
      '',
      '典型意义：网吧经营者发现未成年人应及时劝离并报告。',
      '',
      '铁路法官走进春运一线',
      '',
      '1月20日，呼和浩特铁路运输法院组织干警走进呼和浩特东站候车大厅，开展普法宣传。',
    ].join('\n');
    expect(titles(raw)).toEqual(['赤峰中院发布3起未成年人司法保护典型案例', '铁路法官走进春运一线']);
  });

  it('reads the court after a clause of the occasion as the lead\'s court (9月12日，正值…集市日，…人民法院…; a wide development page)', () => {
    expect(titles(occasionLead)).toEqual(['无人机喷药“飘”进邻家地 作业方被判赔偿3.6万元', '“法治大集”开到百灵庙', '627只羊“云上”拍卖四子王旗法院首次网络司法拍卖活畜']);
  });
});

describe('a head after a roundup\'s items run in after their places', () => {
  it('opens the next article over text that names no place (口岸法治简讯 / 二连浩特：… / 东乌珠穆沁旗：… / 铁路法官走进春运一线)', () => {
    expect(titles(runInItemsPage)).toEqual(expect.arrayContaining(['口岸法治简讯', '铁路法官走进春运一线']));
  });
});
