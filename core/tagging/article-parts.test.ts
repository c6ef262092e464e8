import { describe, expect, it } from 'vitest';
import type { Block } from '../model/page-doc';
import { secondPartStart } from './article-parts';
import { testArticle } from './test-articles';

const paragraph = (text: string): Block => ({ type: 'paragraph', text });
const heading = (text: string): Block => ({ type: 'heading', text });
const start = (blocks: Block[]) => secondPartStart(testArticle({ title: '标题', blocks }));

describe('secondPartStart', () => {
  it('finds none in a whole article, with or without its closing credit or signature', () => {
    expect(start([paragraph('近日，某法院开展活动。'), heading('小标题'), paragraph('正文。'), paragraph('（赤峰市中级人民法院供稿）')])).toBeNull();
    expect(start([paragraph('本院定于近日公开拍卖下列财产。'), paragraph('特此公告。'), paragraph('锡林浩特市人民法院'), paragraph('2025年3月1日')])).toBeNull();
    // A roundup's items close with their reporters' names, which do not end the roundup.
    expect(start([heading('敖汉旗法院：调解工作站揭牌'), paragraph('近日，敖汉旗人民法院设立工作站。'), paragraph('（王刚）'), heading('林西县法院：巡回审判'), paragraph('林西县人民法院开展巡回审判。')])).toBeNull();
  });

  it('starts a second part after a standalone credit or a signed and dated notice', () => {
    expect(start([paragraph('一。'), paragraph('二。'), paragraph('（作者单位：和林格尔县人民法院）'), heading('让庭审直播成为常态'), paragraph('坐在电脑前。'), paragraph('结尾。')])).toBe(3);
    expect(start([paragraph('特此公告。'), paragraph('开鲁县人民法院'), paragraph('2025年10月16日'), heading('一起执行案件的九十天'), paragraph('7月10日，扎赉特旗人民法院执行局收到申请。'), paragraph('结尾。')])).toBe(3);
  });

  it('starts a second part at a paragraph opening with a dateline, with the headline above it', () => {
    expect(start([paragraph('导语。'), paragraph('正文。'), heading('巡回法庭开进冬营盘'), heading('——副题'), paragraph('本报赤峰讯 12月3日，克什克腾旗法院开庭。')])).toBe(2);
    // The article's own dateline, left in its first paragraph, starts nothing.
    expect(start([paragraph('本报包头讯 今年以来，三家基层法院出台举措。'), paragraph('正文。')])).toBeNull();
  });
});
