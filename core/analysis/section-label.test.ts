import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze-page';
import { extractPageLines } from './line-features';
// Real extractor output of corpus train pages printed by Chromium (corpus/README.md), kept as they were when the test was written (test-support/extractor-pages/): pdftotext
// writes the masthead band's section label where its text flow meets it; MuPDF writes a blank line
// after many lines, so a wrapped headline's tail stands as alone as a label.
import labelAboveHeadline from './test-support/extractor-pages/pdftotext-train-p031.txt?raw';
import labelUnderHeadline from './test-support/extractor-pages/pdftotext-train-p014.txt?raw';
import wrappedHeadlines from './test-support/extractor-pages/pdftotext-train-p010.txt?raw';
import phraseBrokenHeadline from './test-support/extractor-pages/pdftotext-train-p005.txt?raw';
import mutoolWrappedHeadline from './test-support/extractor-pages/mutool-train-p037.txt?raw';
import labelOverWrappedHead from './test-support/extractor-pages/mutool-train-p090-label-over-wrapped-head.txt?raw';

const titles = (raw: string) => analyzePage(raw).articles.map((article) => article.title);

describe('the section label of the masthead band', () => {
  it('is furniture when pdftotext writes it between the masthead and a headline', () => {
    const page = analyzePage(labelAboveHeadline);
    expect(page.furniture).toContain('法院文化');
    expect(page.articles.map((article) => article.title)).toEqual(['开鲁县人民法院公告', '托克托县法院推出便民诉讼服务十项措施']);
  });

  it('is furniture, not a second headline, when it stands between a headline and its byline', () => {
    const page = analyzePage(labelUnderHeadline);
    expect(page.furniture).toContain('法院文化');
    expect(page.articles[0]).toMatchObject({ title: '网购“进口奶粉”是假货 消费者获三倍赔偿', byline: '本报通讯员 刘佳' });
  });

  it('is furniture straight under the page label with no blank line, over a headline of two phrases', () => {
    const page = analyzePage(['法院专刊 2025年09月12日 星期五', '03版', '综合新闻', '墨香浸润法院 书画涵养初心', '　　乌海讯  5月20日，乌海市海勃湾区人民法院一楼大厅里挂满了字画和照片。', '　　展览共展出作品120余幅。'].join('\n'));
    expect(page.furniture).toContain('综合新闻');
    expect(page.articles.map((article) => article.title)).toEqual(['墨香浸润法院 书画涵养初心']);
  });

  it('is furniture over a headline whose byline stands under the headline\'s wrapped last line (MuPDF)', () => {
    // 法治视点 / “高息理财”“以房养老”靠不靠谱？ 法官帮您识破养老 / 诈骗 / 白雪 孙浩
    const page = analyzePage(labelOverWrappedHead);
    expect(page.furniture).toContain('法治视点');
    expect(page.articles[0]).toMatchObject({ title: '“高息理财”“以房养老”靠不靠谱？ 法官帮您识破养老诈骗', byline: '白雪 孙浩' });
  });

  it('is furniture over the editor\'s credit, and a label-length line over running text is not', () => {
    const lines = extractPageLines(['审判纵横', '责任编辑 刘洋', '', '萨仁图雅', '', '锡林郭勒讯 近日，某某法院在牧区设立了法官联络点，接待咨询。']);
    expect(lines.map((line) => line.pageFurniture)).toEqual([true, true, false, false]);
  });

  it('is furniture on one row with the page label or the editor\'s credit, and straight under the page label with a blank line below', () => {
    const row = (text: string) => extractPageLines([text])[0].pageFurniture;
    expect(['02版 综合新闻', '基层风采 责任编辑 王静', '第 6 版 责任编辑 王静', '第6版 审判纵横 责任编辑 刘洋', '03 版 责任编辑 赵明'].map(row)).toEqual([true, true, true, true, true]);
    // …and so is the masthead's row with a date that stray spaces parted (a date alone that way is a signature's, in the text).
    expect(['法院专刊 2025 年 3 月 28 日 星期五', '2025 年 3 月 28 日'].map(row)).toEqual([true, false]);
    // Two phrases of a headline are no masthead row.
    expect(['党建引领 各项工作花开见果', '巡回审判 进牧区'].map(row)).toEqual([false, false]);
    const page = analyzePage('法院专刊\n2025年05月16日 星期五\n08版\n法院文化\n\n雪原上的巡回审判\n文/图 本报通讯员 王锐\n　　巴彦淖尔讯 1月8日，某旗人民法院的法官冒着风雪，驱车80余公里赶到一户牧民家开庭。\n　　经过法官耐心调解，双方当场达成协议。\n');
    expect(page.furniture).toContain('法院文化');
    expect(page.articles.map((article) => article.title)).toEqual(['雪原上的巡回审判']);
  });

  it('is furniture over a headline its byline proves, however sentence-like its words (MuPDF)', () => {
    const masthead = ['法院专刊', '', '2025年07月25日 星期五', '', '05版', ''];
    const lead = ['', '呼和浩特讯 近日，呼和浩特市赛罕区人民法院审结了一起网络购物合同纠纷案，依法判令被告退还货款并支付三倍赔偿金。'];
    const signedByReporter = analyzePage([...masthead, '法院⽂化', '', '⽹购“进⼝奶粉”是假货 消费者获三倍赔偿', '', '本报通讯员 刘佳', ...lead].join('\n'));
    expect(signedByReporter.furniture).toContain('法院文化');
    expect(signedByReporter.articles[0]).toMatchObject({ title: '网购“进口奶粉”是假货 消费者获三倍赔偿', byline: '本报通讯员 刘佳' });
    const signedByCourt = analyzePage([...masthead, '基层⻛采', '', '农村宅基地上的那些事⼉ 法官这样说', '', '卓资县⼈⺠法院 赵丽娜 王志刚', ...lead].join('\n'));
    expect(signedByCourt.furniture).toContain('基层风采');
    expect(signedByCourt.articles[0]).toMatchObject({ title: '农村宅基地上的那些事儿 法官这样说', byline: '卓资县人民法院 赵丽娜 王志刚' });
  });

  it('is furniture over a markdown heading whatever its marks', () => {
    const page = analyzePage(['# 法院专刊', '', '2025年09月05日', '', '08 版', '', '以案说法', '', '## 法官，离婚冷静期到底怎么算', '', '记者 宋佳宁', '', '民法典施行以来，离婚冷静期一直是群众关心的话题。'].join('\n'));
    expect(page.furniture).toContain('以案说法');
    expect(page.articles[0]).toMatchObject({ title: '法官，离婚冷静期到底怎么算', byline: '记者 宋佳宁' });
  });

  it('is furniture over a question headline its subtitle proves (MuPDF)', () => {
    const page = analyzePage(['法院专刊', '', '2025年7月4日 星期五', '', '04版', '', '基层⻛采', '', '“草原枫桥”怎样走出新路子？', '', '——访苏尼特左旗人⺠法院党组书记、院⻓巴特尔', '', '本报记者 刘思远', '', '苏尼特左旗地广人稀，全旗面积3.4万平方公里，牧⺠居住分散。'].join('\n'));
    expect(page.furniture).toContain('基层风采');
    expect(page.articles[0]).toMatchObject({ title: '“草原枫桥”怎样走出新路子？', subtitle: '——访苏尼特左旗人民法院党组书记、院长巴特尔' });
  });

  it('leaves the tail of a headline MuPDF wrapped in its title', () => {
    expect(titles(mutoolWrappedHeadline)[0]).toBe('全区法院新任法官培训班开班');
  });
});

describe('a headline wrapped in its column', () => {
  it('joins with no space where its first line filled the column (about half the body measure)', () => {
    expect(titles(wrappedHeadlines).slice(1)).toEqual(['“云上法庭”让当事人少跑腿', '让“小案件”承载“大正义”', '包头市九原区人民法院公告']);
    expect(titles(labelAboveHeadline)[1]).toBe('托克托县法院推出便民诉讼服务十项措施');
  });

  it('keeps the space where the first line stopped short, at the space between two phrases', () => {
    expect(titles(phraseBrokenHeadline)[0]).toBe('乌兰察布基层法院 特色做法扫描');
  });
});

// MuPDF's text of a development page (tune9): the band's section name (基层风采) over a commentary's head that pauses once,
// wrapped over two lines, and its byline (文/高娃).
import labelOverPausedHead from './test-support/extractor-pages/mutool-dev-section-over-paused-head.txt?raw';

describe('a section name over a head that pauses once', () => {
  it('is the band\'s, and the head under it, proven by its byline, the article\'s', () => {
    const analysis = analyzePage(labelOverPausedHead);
    expect(analysis.furniture).toContain('基层风采');
    expect(analysis.articles[0]).toMatchObject({ title: '“执行不能”，也要给当事人一本明白账', byline: '文/高娃' });
  });
});

// MuPDF's text of a development page (tune9): the first head, under the band, announces what it names on its next line
// (预交的养老费能退吗？ 青山区法院发布三起涉养老服务纠纷 / 典型案例): four characters alone, like a section's name.
import headObjectUnderBand from './test-support/extractor-pages/mutool-dev-head-object-under-band.txt?raw';

describe('the words a head announces, alone on the line under it', () => {
  it('are the head\'s last words, not the band\'s section name', () => {
    const [first] = analyzePage(headObjectUnderBand).articles;
    expect(first.title.replace(/\s/gu, '')).toBe('预交的养老费能退吗？青山区法院发布三起涉养老服务纠纷典型案例');
    expect(first.byline).toBe('本报通讯员 闫瑞 李娜');
  });
});
