import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze-page';
import { page } from './test-support/page-lines';

// A wide text layout: a section head set right over its text, no blank line between, worded like a sentence
// (a pause, a copula) so that no head's shape gives it away. An excerpt of a page of development-set articles.
const blocks = (raw: string) => analyzePage(raw).articles.flatMap((article) => article.blocks.map((block) => block.text));

describe('a section head over its text in a wide column', () => {
  const opening = [
    '乌审旗的“双语法官”萨仁',
    '本报通讯员 乌日娜',
    '',
    '清晨7点，乌审旗人民法院的越野车驶出旗政府所在地嘎鲁图镇，向 80 ',
    '多公里外的一处牧点开去。坐在副驾驶座上的萨仁一边翻看卷宗，一边用蒙',
    '古语给当事人打电话：“阿爸，我们 9 点到，您先别出门放羊。”',
    '',
    '萨仁今年 47 岁，出生在乌审旗的牧民家庭，2003 年进入法院工作。',
    '22 年来，她先后在立案庭、民事审判庭和人民法庭工作，审结各类案件',
    '2600余件，其中用蒙古语或蒙汉双语审理的案件占到四成以上。',
    '',
  ];
  const section = (head: string) => [
    head,
    '乌审旗是以蒙古族为主体、多民族聚居的地区，不少上了年纪的牧民习',
    '惯用蒙古语交流，对法律术语更是一知半解。“有的老人在法庭上一直点头，',
    '我问他听明白没有，他说‘你是法官，你说的都对’。”萨仁说，这样的',
    '“点头”让她很不安。',
  ];

  it('ends a line that opens after finished text, stops far short of the column and closes on no mark', () => {
    expect(blocks(page(...opening, ...section('听懂了，才算数')))).toContain('听懂了，才算数');
    expect(blocks(page(...opening, ...section('“语言通了才是真的通”')))).toContain('“语言通了才是真的通”');
  });

  it('runs on a line that falls short of the column by no more than OCR and extraction wander', () => {
    const first = '萨仁常说，语言不通的话，再好的判决也难让人真正信服';
    expect(blocks(page(...opening, ...section(first))).some((text) => text.startsWith(`${first}乌审旗`))).toBe(true);
  });

  it('sets apart a head of two short phrases parted by one pause, alone between blank lines after finished text', () => {
    const raw = page(
      '林区里的“奶茶法官”',
      '本报通讯员 乌日娜',
      '',
      '刚到法庭时，孟玉林发现，一年到头来法庭立案的人寥寥无几，林区群众有了纠纷，更习惯找村里的老人评理。',
      '',
      '一杯奶茶，解开两家心结',
      '',
      '去年冬天，两户猎民因为一片林下参地的界线争执不下，一度闹到要动手。孟玉林冒着大雪赶到现场，',
      '先请两家人喝上一碗热奶茶，再一起沿着林地边界查看。',
    );
    expect(blocks(raw)).toContain('一杯奶茶，解开两家心结');
  });
});

describe('a numbered section head where each paragraph is a line', () => {
  it('stands apart from its text across the blank line, though it closes on no stop and holds a pause', () => {
    // The oneline layout of a development-set article: each paragraph one line, blank lines between.
    const raw = page(
      '林区法庭的四个“一”',
      '',
      '在这里，鄂温克语、蒙古语、汉语交替使用是常事。',
      '',
      '一、一句母语，拉近一段距离',
      '',
      '去年冬天，伊敏苏木牧民敖某与邻居因草场围栏起了争执，两家人从嘎查吵到派出所，又吵到法庭。',
      '',
      '二、一本台账，记下林区的家长里短',
      '',
      '法庭的书柜里，放着一本厚厚的《林区纠纷排查台账》。',
    );
    const texts = blocks(raw);
    expect(texts).toContain('一、一句母语，拉近一段距离');
    expect(texts).toContain('二、一本台账，记下林区的家长里短');
    expect(texts).toContain('去年冬天，伊敏苏木牧民敖某与邻居因草场围栏起了争执，两家人从嘎查吵到派出所，又吵到法庭。');
  });

  it('stands apart where it stops far short of a wide column, its text wrapped under the blank line', () => {
    // A wide layout of a development-set article (a column of about 36 cells).
    const raw = page(
      '山林边的法庭',
      '',
      '法庭辖区紧挨着大兴安岭林区，野生动物常常下山觅食，人和动物之间的纠纷也就多了起',
      '来。这些年，法庭把一件件小案子办成了林区群众心里的“明白账”。',
      '',
      '一、马鹿啃了玉米地，该找谁',
      '',
      '2024年8月的一天，村民王福林气冲冲地走进法庭：“我家12亩玉米，被山上下来的马鹿啃',
      '了一大片，这损失该找谁要？”法官没有急着立案，而是先到地里查看了情况。',
    );
    expect(blocks(raw)).toContain('一、马鹿啃了玉米地，该找谁');
  });
});
