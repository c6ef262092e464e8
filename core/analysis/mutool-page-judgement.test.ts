import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze-page';
// Real MuPDF output (`mutool draw -F txt`) of corpus train pages printed by Chromium (corpus/README.md),
// kept as they were when the tests were written (test-support/extractor-pages/).
import wrappedSignatureBody from './test-support/extractor-pages/mutool-train-p001-rebuilt.txt?raw';
import dashedSubtitlePage from './test-support/extractor-pages/mutool-train-p085-dashed-subtitle.txt?raw';
import noticeHeadOverTwoLines from './test-support/extractor-pages/mutool-train-p014.txt?raw';
import headUnderMasthead from './test-support/extractor-pages/mutool-train-p046.txt?raw';
import namesUnderFullHead from './test-support/extractor-pages/mutool-train-p055.txt?raw';
import tailWrappedTwice from './test-support/extractor-pages/mutool-train-p004.txt?raw';
import noticeHeadOverText from './test-support/extractor-pages/mutool-train-p020.txt?raw';
import headOverFourLines from './test-support/extractor-pages/mutool-train-p035.txt?raw';
import questionThenNames from './test-support/extractor-pages/mutool-train-p041.txt?raw';
import headFillingMeasure from './test-support/extractor-pages/mutool-train-p043-rebuilt.txt?raw';
import headUnderOpenLastLine from './test-support/extractor-pages/mutool-train-p025.txt?raw';
import creditWrappedUnderText from './test-support/extractor-pages/mutool-train-p061.txt?raw';
import subtitleOverByline from './test-support/extractor-pages/mutool-train-p068.txt?raw';
import noticesSignedAndDated from './test-support/extractor-pages/mutool-train-p015-signatures.txt?raw';
import shortHeadOverCreditedText from './test-support/extractor-pages/mutool-train-p074.txt?raw';
import itemSignedInBrackets from './test-support/extractor-pages/mutool-train-p040.txt?raw';
import headBetweenCreditAndByline from './test-support/extractor-pages/mutool-train-p057-rebuilt.txt?raw';
import headAsWideAsColumn from './test-support/extractor-pages/mutool-train-p037-rebuilt.txt?raw';
import headUnderSentenceTail from './test-support/extractor-pages/mutool-train-p098-rebuilt.txt?raw';
import noticeHeadOverFourLines from './test-support/extractor-pages/mutool-train-p015-rebuilt.txt?raw';
import headOverCreditedLead from './test-support/extractor-pages/mutool-train-p011-rebuilt.txt?raw';
// A page of development-set articles (test-support/extractor-pages/README.md).
import creditCutInWord from './test-support/extractor-pages/mutool-dev-credit-cut-in-word.txt?raw';
import roundupAfterRoundup from './test-support/extractor-pages/mutool-dev-roundup-after-roundup.txt?raw';
import fullHeadOverDatedLead from './test-support/extractor-pages/mutool-dev-full-head-over-dated-lead.txt?raw';
import questionHeadAtPause from './test-support/extractor-pages/mutool-dev-question-head-at-pause.txt?raw';
import headCutInDoubledCharacter from './test-support/extractor-pages/mutool-dev-head-cut-in-doubled-character.txt?raw';
import labelOverNumberedHead from './test-support/extractor-pages/mutool-dev-label-over-numbered-head.txt?raw';
import caseHeadThreeLines from './test-support/extractor-pages/mutool-dev-case-head-three-lines.txt?raw';
import caseQuestionTail from './test-support/extractor-pages/mutool-dev-case-question-tail.txt?raw';
import caseHeadTailOverSection from './test-support/extractor-pages/mutool-dev-case-head-tail-over-section.txt?raw';
import labelOverCaseHead from './test-support/extractor-pages/mutool-dev-label-over-case-head.txt?raw';
import sourceClosesItem from './test-support/extractor-pages/mutool-dev-source-closes-item.txt?raw';
import sourceBeforeNotice from './test-support/extractor-pages/mutool-dev-source-before-notice.txt?raw';
import headCutMidWord from './test-support/extractor-pages/mutool-train-p041-cut-head.txt?raw';
import narrowQuestionHead from './test-support/extractor-pages/mutool-train-p035-narrow-question-head.txt?raw';
import columnLabelHead from './test-support/extractor-pages/mutool-train-p037-column-label-head.txt?raw';
import wrappedCourtByline from './test-support/extractor-pages/mutool-train-p047-wrapped-byline.txt?raw';
import nameUnderWrappedHead from './test-support/extractor-pages/mutool-train-p065-name-under-wrapped-head.txt?raw';
import typicalCasesAfterRoundup from './test-support/extractor-pages/mutool-train-p082-rebuilt.txt?raw';
import headOverPlaceItems from './test-support/extractor-pages/mutool-train-p046-rebuilt.txt?raw';
import listUnderMastheadBand from './test-support/extractor-pages/mutool-train-p051.txt?raw';
// MuPDF's text of development-set pages (tune6): a caption broken inside its photographer's bracket (…（贺晓东 / 摄）);
// the band's section name over a head on its court's label (法院文化 / 武川县法院：23个“共享法 / 庭”开到村委会);
// a head wrapped at a narrow measure whose first line is its label alone (兴和县法院： / 一家石墨企业 / …).
import captionBracketWrapped from './test-support/extractor-pages/mutool-dev-caption-bracket-wrapped.txt?raw';
import sectionOverLabelHead from './test-support/extractor-pages/mutool-dev-section-over-label-head.txt?raw';
// …and (tune7) a question and its phrase set in large type at eight characters a line, under a roundup item's source and over
// an undated lead, no byline (微信聊天记录能当 / 借款证据吗？ 卓 / 资县法院法官答疑).
import questionPhraseNarrowRun from './test-support/extractor-pages/mutool-dev-question-phrase-narrow-run.txt?raw';
// …a quotation and its phrase wrapped at a narrow measure over its byline (“牧区立案，不让牧民白 / 跑一趟” 访苏尼特左旗人 / …),
// and a question and its phrase on one line under the band, over its text with MuPDF's blank line between.
import quotedHeadNarrow from './test-support/extractor-pages/mutool-dev-quoted-head-narrow.txt?raw';
import questionPhraseUnderBand from './test-support/extractor-pages/mutool-dev-question-phrase-under-band.txt?raw';
// …a head on its column's name cut inside a word by its measure over its byline (法官说法：铁路沿线这三类⾏ / 为要担责 /
// 本报通讯员 刘畅), and a byline whose last name the measure cut (本报记者 王海燕 通讯员 张国 / 栋).
import columnHeadCutOverByline from './test-support/extractor-pages/mutool-dev-column-head-cut-over-byline.txt?raw';
import bylineNameCut from './test-support/extractor-pages/mutool-dev-byline-name-cut.txt?raw';
import narrowHeadLabelLine from './test-support/extractor-pages/mutool-dev-narrow-head-label-line.txt?raw';

const heads = (raw: string) => analyzePage(raw).articles.map(({ title, byline }) => [title, byline]);

describe('page judgement on MuPDF output (issue #9)', () => {
  it('keeps a notice\'s signature in the notice when the column wrapped the court\'s name (内蒙古自治区高级人 / 民法院)', () => {
    const analysis = analyzePage(wrappedSignatureBody);
    expect(heads(wrappedSignatureBody).map(([title]) => title)).not.toContain('内蒙古自治区高级人');
    const notice = analysis.articles.find((article) => article.title === '关于2025年春节期间诉讼服务安排的通知');
    // (The court's name, cut inside 人民法院, is whole again.)
    expect(notice?.blocks.slice(-3).map((block) => block.text).join('|')).toBe('特此通知。|内蒙古自治区高级人民法院|2025年1月20日');
    expect(analysis.furniture).not.toContain('2025年1月20日');
  });

  it('opens a notice at its headline set over two lines apart (呼伦贝尔市中级人民法院2025年 / 公开招聘聘用制书记员公告), not a section of the article above', () => {
    const titles = heads(noticeHeadOverTwoLines).map(([title]) => title?.replace(/\s/gu, ''));
    expect(titles).toContain('呼伦贝尔市中级人民法院2025年公开招聘聘用制书记员公告');
    // The masthead's name over a notice's headline is not part of it.
    expect(heads('法院专刊\n\n关于启用新诉讼服务中心的通告\n\n为方便群众诉讼，本院新诉讼服务中心自即日起启用。\n')[0][0]).toBe('关于启用新诉讼服务中心的通告');
  });

  it('takes the first lines of the page\'s first headline, set narrow under the masthead, back from the furniture (16岁少年打工 / 受伤 雇主该担 / 何责？)', () => {
    const analysis = analyzePage(headUnderMasthead);
    expect(analysis.articles[0].title?.replace(/\s/gu, '')).toBe('16岁少年打工受伤雇主该担何责？');
    expect(analysis.articles[0].byline).toBe('本报记者●张瑶');
    expect(analysis.furniture).toEqual(['法院专刊', '2025年01月24日 星期五', '02版']);
  });

  it('splits writers\' names alone across a blank line from the headline above them that reaches its column (党员先锋岗 亮在立案窗口 / 李婷 赵志强)', () => {
    const [article] = analyzePage(namesUnderFullHead).articles;
    expect([article.title, article.byline, article.dateline]).toEqual(['党员先锋岗 亮在立案窗口', '李婷 赵志强', '巴彦淖尔讯']);
  });

  it('keeps a headline\'s rest wrapped over two lines at a narrow measure (并限期恢复植 / 被) in the title, not as a subtitle', () => {
    const [article] = analyzePage(tailWrappedTwice).articles;
    expect([article.title?.replace(/\s/gu, ''), article.subtitle, article.byline]).toEqual(['非法开垦草原四十亩被判刑并限期恢复植被', null, '本报通讯员 乌兰 刘志强']);
  });

  it('ends a notice\'s headline at its genre across a blank line (关于公布违反“三个规定”问 / 题举报渠道的公告), not in the text below', () => {
    const [notice] = analyzePage(noticeHeadOverText).articles;
    expect(notice.title?.replace(/\s/gu, '')).toBe('关于公布违反“三个规定”问题举报渠道的公告');
    expect(notice.blocks[0].text.startsWith('为严格落实防止干预司法“三个规定”')).toBe(true);
    // A sentence that names a notice has a pause before its genre: it runs on.
    const sentence = analyzePage('甲县法院招聘书记员\n\n本报讯 经研究决定，现将有关事项公告\n\n如下：报名时间为6月9日至15日。\n');
    expect(sentence.articles[0].blocks.map((block) => block.text)).toEqual(['经研究决定，现将有关事项公告如下：报名时间为6月9日至15日。']);
  });

  it('keeps a headline set over four short lines at a narrow measure in one title, its middle line no section head (支部联上矿区 / 班组 法治体检 / 送到井口)', () => {
    const article = analyzePage(headOverFourLines).articles.find((candidate) => candidate.byline === '杨雪 贺军');
    expect(article?.title?.replace(/\s/gu, '')).toBe('支部联上矿区班组法治体检送到井口');
    expect(heads(headOverFourLines).map(([title]) => title)).not.toContain('支部联上矿区');
  });

  it('ends a headline on its question and signs it with the names under it (一间院史馆 能讲多少 / 故事？ / 郝云 乌兰)', () => {
    const article = analyzePage(questionThenNames).articles.find((candidate) => candidate.title?.startsWith('一间院史馆'));
    expect([article?.title?.replace(/\s/gu, ''), article?.byline, article?.dateline]).toEqual(['一间院史馆能讲多少故事？', '郝云 乌兰', '乌兰察布讯']);
  });

  it('takes back a headline\'s first lines under the masthead when its tail fills the measure too (非法开垦草原 / 四十亩 被判 / 刑并限期恢复 / 植被)', () => {
    const [article] = analyzePage(headFillingMeasure).articles;
    expect([article.title?.replace(/\s/gu, ''), article.byline]).toEqual(['非法开垦草原四十亩被判刑并限期恢复植被', '本报通讯员 乌兰 刘志强']);
  });

  it('opens an article at a two-phrase head over names and a dateline, under a last line that lost its full stop (群众前来咨询 / 党员先锋岗 亮在立案窗口)', () => {
    const article = analyzePage(headUnderOpenLastLine).articles.find((candidate) => candidate.byline === '李婷 赵志强');
    expect([article?.title, article?.dateline]).toEqual(['党员先锋岗 亮在立案窗口', '巴彦淖尔讯']);
  });

  it('sets a credit wrapped over two lines apart from the full last line of the text (（作者系鄂尔多斯市康巴什区人民法 / 院法官）)', () => {
    const article = analyzePage(creditWrappedUnderText).articles.find((candidate) => candidate.title === '让庭审直播成为常态');
    expect(article?.credit).toBe('（作者系鄂尔多斯市康巴什区人民法院法官）');
  });

  it('runs a dashed subtitle wrapped at a narrow measure on to the byline under it (——访包头市中级人民法院党组书 / 记、院长)', () => {
    const article = analyzePage(subtitleOverByline).articles.find((candidate) => candidate.byline === '本报记者●石岩');
    expect(article?.subtitle?.replace(/\s/gu, '')).toBe('——访包头市中级人民法院党组书记、院长');
  });

  it('opens a document at its headline naming its genre (…责任清单（2025年）) under the masthead band, as a notice opens', () => {
    const [list] = analyzePage(listUnderMastheadBand).articles;
    expect(list.title).toBe('察右中旗法院党风廉政建设责任清单（2025年）');
    expect(list.blocks[0].text.startsWith('为压紧压实全面从严治党主体责任')).toBe(true);
    // The section name printed in the band over such a headline (审判纵横) stays the band's.
    const page = analyzePage('法院专刊\n2025年9月26日 星期五\n04版\n审判纵横\n察右中旗法院党风廉政建设责任清单（2025年）\n为压紧压实全面从严治党主体责任和监督责任，察哈尔右翼中旗人民法院党组制定2025年党风廉政建设责任清单如下：\n院党组主体责任\n（一）每半年专题研究一次党风廉政建设工作，年初制定工作要点，年底开展述责述廉。\n');
    expect(page.articles.map((article) => article.title)).toEqual(['察右中旗法院党风廉政建设责任清单（2025年）']);
    expect(page.furniture).toContain('审判纵横');
  });

  it('opens a notice at its headline wrapped over three lines of a narrow column (关于12368诉 / 讼服务热线升 / 级运行的公告), not a section of the article above', () => {
    const titles = heads(headUnderMasthead).map(([title]) => title?.replace(/\s/gu, ''));
    expect(titles).toEqual(['16岁少年打工受伤雇主该担何责？', '关于12368诉讼服务热线升级运行的公告']);
  });

  it('ends a notice at its signature\'s date where MuPDF wrote the next notice\'s headline in the same block (包头市九原区人民法院 / 二〇二五年八月十二日 / 关于公开选任人民)', () => {
    const analysis = analyzePage(noticesSignedAndDated);
    expect(analysis.articles.map((article) => article.title?.replace(/\s/gu, '')).slice(0, 2)).toEqual(['包头市九原区人民法院公告', '关于公开选任人民陪审员的公告']);
    expect(analysis.articles[0].blocks.slice(-3).map((block) => block.text)).toEqual(['特此公告。', '包头市九原区人民法院', '二〇二五年八月十二日']);
  });

  it('opens the page\'s first article at a short head under the masthead when its text closes on a credit above the first signed headline (云端调解 … （苏尼特左旗人民法院 敖其尔）)', () => {
    const analysis = analyzePage(shortHeadOverCreditedText);
    const [first, second] = analysis.articles;
    expect([first.title, first.credit]).toEqual(['云端调解', '（苏尼特左旗人民法院 敖其尔）']);
    expect(second.title?.replace(/\s/gu, '')).toBe('买羊“一手交钱一手交货”病羊损失谁承担');
    expect(analysis.furniture).not.toContain('云端调解');
  });

  it('opens an interview\'s turn at its speaker under a full line that ends a sentence (资，第一步应该做什么？ / 李晓峰：首先要注意保)', () => {
    const paragraphs = analyzePage(listUnderMastheadBand).articles.flatMap((article) => article.blocks.map((block) => block.text));
    expect(paragraphs).toContain('记者：农民工被拖欠工资，第一步应该做什么？');
    expect(paragraphs.some((text) => text.startsWith('李晓峰：首先要注意保留证据'))).toBe(true);
  });

  it('opens an article at a head over two lines with a byline under it, under a full last line that lost its full stop (依法维权 / 父母离异后孩子跟谁？ 法院 / 听取八岁孩子意见)', () => {
    const article = analyzePage(listUnderMastheadBand).articles.find((candidate) => candidate.byline === '回民区人民法院 马晓云');
    expect(article?.title?.replace(/\s/gu, '')).toBe('父母离异后孩子跟谁？法院听取八岁孩子意见');
    expect(analyzePage(listUnderMastheadBand).articles.map((candidate) => candidate.title)).toHaveLength(3);
    // The last characters of an item's bracketed signature (…（马丽 / 娟）) are no head's first line.
    const titles = analyzePage(itemSignedInBrackets).articles.map((candidate) => candidate.title ?? '');
    expect(titles).toContain('元宝山区法院电子送达平台上线运行');
  });

  it('takes a head of any marks between one article\'s credit and the next one\'s byline as a headline (（巴雅尔 孙婷） / 法官，离婚冷静期到底怎么 / 算 / 记者 宋佳宁)', () => {
    const article = analyzePage(headBetweenCreditAndByline).articles.find((candidate) => candidate.byline === '记者 宋佳宁');
    expect(article?.title?.replace(/\s/gu, '')).toBe('法官，离婚冷静期到底怎么算');
  });

  it('opens a case story at a two-phrase head set right over its first bracketed section head (草场边界起纷争 巡回法官马背上调解 / 【案情】)', () => {
    const article = analyzePage(headBetweenCreditAndByline).articles.find((candidate) => candidate.credit === '（巴雅尔 孙婷）');
    expect(article?.title).toBe('草场边界起纷争 巡回法官马背上调解');
    expect(article?.blocks[0].text).toBe('【案情】');
  });

  it('keeps a head as wide as its column apart from the paragraph\'s first line MuPDF set apart two short (少年法庭里的“法官妈妈” / 在鄂尔多斯市东胜区人)', () => {
    const texts = analyzePage(headAsWideAsColumn).articles.flatMap((article) => [article.title ?? '', ...article.blocks.map((block) => block.text)]);
    expect(texts).toContain('少年法庭里的“法官妈妈”');
    expect(texts.some((text) => text.startsWith('在鄂尔多斯市东胜区人民法院，少年审判庭法官刘敏'))).toBe(true);
  });

  it('ends a sentence on the short line a pause ran on into, not a head\'s first phrase (要相信法律， / 依法维权 / 会说三种语言的法官 / 本报通讯员 敖登 刘芳)', () => {
    const [interview, portrait] = analyzePage(headUnderSentenceTail).articles;
    expect(interview.blocks.at(-1)?.text.endsWith('要相信法律，依法维权')).toBe(true);
    expect([portrait?.title, portrait?.byline]).toEqual(['会说三种语言的法官', '本报通讯员 敖登 刘芳']);
  });

  it('runs a notice\'s headline wrapped over four short lines on to its genre\'s word and opens the notice there (关于公布违反 / “三个规定” / 问题举报渠道 / 的公告)', () => {
    const titles = analyzePage(noticeHeadOverFourLines).articles.map((article) => article.title?.replace(/\s/gu, ''));
    expect(titles).toContain('关于公布违反“三个规定”问题举报渠道的公告');
  });

  it('keeps the page\'s first article, headed under the masthead, when its text closes on a credit above the first signed headline (“一网通办” … （王浩 刘欣）)', () => {
    const [first] = analyzePage(headOverCreditedLead).articles;
    // (Its headline of large type, wrapped every few characters, is whole over the dateline that proves it.)
    expect(first.title?.replace(/\s/gu, '')).toBe('“一网通办”上线！赤峰中院电子卷宗随案生成率达98.6%');
    expect(first.credit).toBe('（王浩 刘欣）');
    expect(first.dateline).toBe('本报赤峰讯');
    expect(first.blocks[0].text.startsWith('记者从赤峰市中级人民法院获悉')).toBe(true);
  });

  it('opens a release of typical cases at its headline (劳动者权益保护典型案例) after a finished text, as a notice opens', () => {
    const article = analyzePage(typicalCasesAfterRoundup).articles.find((candidate) => candidate.title === '劳动者权益保护典型案例');
    expect(article?.credit).toBe('（赤峰市中级人民法院供稿）');
    expect(article?.blocks[0].text.startsWith('为引导用人单位依法用工')).toBe(true);
  });

  it('opens a roundup at a headline set right over the first of its items\' heads that name their place (各地法院多措并举推进诉源治理 / 托克托县：“法官+村干部”联调)', () => {
    const article = analyzePage(headOverPlaceItems).articles.find((candidate) => candidate.title === '各地法院多措并举推进诉源治理');
    expect(article?.blocks[0].text).toBe('托克托县：“法官+村干部”联调');
  });
});

describe('a dashed subtitle under a head that is still open', () => {
  it('is never taken for a headline (nor joined to one), whatever byline stands under it', () => {
    expect(analyzePage(dashedSubtitlePage).articles.map((article) => article.title).filter((title) => title?.includes('——'))).toEqual([]);
  });
});

describe('a headline cut mid-word by its measure', () => {
  it('stays whole where the page writes the two parted characters together elsewhere', () => {
    // 网围栏越界二十米 调解员现 / 场量清了: the text under it tells of the 现场 the head's words run into.
    const titles = analyzePage(headCutMidWord).articles.map((article) => article.title);
    expect(titles).toContain('网围栏越界二十米 调解员现场量清了');
    expect(titles).not.toContain('网围栏越界二十米 调解员现');
  });
});

describe('a head a narrow measure wrapped over three lines, or one opening on its column\'s label', () => {
  it('is proven a headline by the byline under it', () => {
    // “最终解释权归 / 商家所有”有效 / 吗？ over 包头稀土高新区法院 郝晓燕; 对话院长：把廉洁司法的 / “篱笆”扎得更牢 over 本报记者●刘晓光.
    expect(analyzePage(narrowQuestionHead).articles[0]).toMatchObject({ title: '“最终解释权归商家所有”有效吗？', byline: '包头稀土高新区法院 郝晓燕' });
    expect(analyzePage(columnLabelHead).articles.find((article) => article.byline === '本报记者●刘晓光')?.title).toBe('对话院长：把廉洁司法的“篱笆”扎得更牢');
  });
});

describe('a court\'s byline that reached its column\'s edge', () => {
  it('takes its last name wrapped under it, with the space between names, and still proves the head above it', () => {
    // 农村宅基地 / 上的那些事 / 儿 法官这样 / 说 over 卓资县人民法院 赵丽娜 / 王志刚.
    expect(analyzePage(wrappedCourtByline).articles[0]).toMatchObject({ title: '农村宅基地上的那些事儿 法官这样说', byline: '卓资县人民法院 赵丽娜 王志刚' });
  });
});

describe('a four-character name across a blank line under a head that wrapped and ended short', () => {
  it('is the byline, not the head\'s second phrase', () => {
    // 让庭审直播成 / 为常态 / ⏎ / 苏日古嘎
    expect(analyzePage(nameUnderWrappedHead).articles.find((article) => article.title === '让庭审直播成为常态')?.byline).toBe('苏日古嘎');
  });
});

describe('a head broken inside a word the page writes whole elsewhere', () => {
  it('joins its lines with no phrase space, radicals and ideographs alike (每⽉⼀ / 次, the text writes 一次)', () => {
    const headings = analyzePage(columnLabelHead).articles.flatMap((article) => article.blocks.filter((block) => block.type === 'heading').map((block) => block.text));
    expect(headings).toContain('“企业家接待日”每月一次');
  });

  it('closes a bracketed credit cut inside its last word across a blank line (（作者单位：通辽市中级人民法 / 院）), no headline of its own', () => {
    const articles = analyzePage(creditCutInWord).articles;
    expect(articles.find((article) => article.title.includes('困住孩子'))?.credit).toBe('（作者单位：通辽市中级人民法院）');
    expect(articles.map((article) => article.title)).not.toContain('院）');
  });

  it('opens the next roundup at a head that names no place among items headed by their places (…（阿荣旗法院） / 各地法院开展“送法进牧区”活动)', () => {
    const titles = analyzePage(roundupAfterRoundup).articles.map((article) => article.title.replace(/\s/gu, ''));
    expect(titles).toContain('秋收时节法官走进田间地头');
    expect(titles).toContain('各地法院开展“送法进牧区”活动');
  });

  it('ends a headline as wide as the column, first under the masthead, over a lead that opens on its time (…2025年十件实事 / 今年以来，…)', () => {
    const titles = analyzePage(fullHeadOverDatedLead).articles.map((article) => article.title);
    expect(titles).toContain('乌海市海南区人民法院2025年十件实事');
  });

  it('keeps a question headline broken at its pause in one title over its subtitle (供暖不达标，取暖费 / 能不能少交？)', () => {
    const article = analyzePage(questionHeadAtPause).articles.find((candidate) => candidate.title.includes('能不能少交'));
    expect(article?.title).toBe('供暖不达标，取暖费能不能少交？');
    expect(article?.subtitle).toBe('——法官解答冬季供暖纠纷常见问题');
  });

  it('keeps a headline wrapped inside a doubled character whole (货款为何迟 / 迟不结), the tail no byline', () => {
    const article = analyzePage(headCutInDoubledCharacter).articles.find((candidate) => candidate.title.startsWith('牛肉干'));
    expect(article?.title).toBe('牛肉干卖给电商 货款为何迟迟不结');
    expect(article?.byline).toBeNull();
  });

  it('keeps the page\'s section label (审判纵横) out of a headline that opens on a number, and the question\'s particle (买卖合同有 / 效吗) in it', () => {
    expect(analyzePage(labelOverNumberedHead).articles[0].title).toBe('14岁女孩偷卖金手镯 买卖合同有效吗');
  });

  it('opens a case story at its head wrapped over three lines at a narrow measure, or closing on a carried question tail, over 【案情】', () => {
    expect(analyzePage(caseHeadThreeLines).articles.map((article) => article.title)).toContain('离婚时承诺房子给女儿 反悔被驳回');
    expect(analyzePage(caseQuestionTail).articles.map((article) => article.title)).toContain('草场转包未备案 合同是否有效？');
  });

  it('keeps a case head\'s words going on under its two phrases, straight over its first bracketed section, in the title (被告人担刑 / 责补植复绿 / 【基本案情】)', () => {
    expect(analyzePage(caseHeadTailOverSection).articles.map((article) => article.title)).toContain('烧荒引燃草原林地 被告人担刑责补植复绿');
  });

  it('keeps the page\'s section label (法治视点) out of a case head over 【案情】 under the masthead', () => {
    expect(analyzePage(labelOverCaseHead).articles[0].title).toBe('草场转包未备案 合同是否有效？');
  });

  it('closes a roundup item on its source in brackets across MuPDF\'s blank line, so the next item\'s place head stands (…（满洲里市法 / 院） / 二连浩特：…)', () => {
    const headings = analyzePage(sourceClosesItem).articles.flatMap((article) => article.blocks.filter((block) => block.type === 'heading').map((block) => block.text));
    expect(headings).toContain('二连浩特：合同审查送上门');
  });

  it('takes no item source\'s wrapped tail for a headline\'s first phrase (…（科右前旗法 / 院） / 呼和浩特市新城区 / 人民法院开庭公告)', () => {
    expect(analyzePage(sourceBeforeNotice).articles.map((article) => article.title)).toContain('呼和浩特市新城区人民法院开庭公告');
  });

  it('closes a caption broken inside its photographer\'s bracket (…（贺晓东 / 摄）): the head under it opens the next article', () => {
    const analysis = analyzePage(captionBracketWrapped);
    expect(analysis.articles.map((article) => article.title)).toEqual(['凌汛期 黄河岸边送法忙', '盖房修屋出纠纷 固阳县法院发布三起典型案例']);
    expect(analysis.articles[0].blocks.filter((block) => block.type === 'caption').at(-1)?.text).toMatch(/（贺晓东 ?摄）$/u);
  });

  it('leaves the band\'s section name furniture over a head that opens on its court\'s label', () => {
    const analysis = analyzePage(sectionOverLabelHead);
    expect(analysis.articles[0]).toMatchObject({ title: '武川县法院：23个“共享法庭”开到村委会', subtitle: null, byline: '记者 郭晓峰 通讯员 刘佳' });
    expect(analysis.furniture).toContain('法院文化');
  });

  it('reads a narrow head whose first line is its court\'s label and colon alone as one headline', () => {
    expect(heads(narrowHeadLabelLine)).toContainEqual(['兴和县法院：一家石墨企业“破”而后“立” 保住230个岗位', '记者 郭红梅 通讯员 赵志远']);
  });

  it('reads a question and its phrase wrapped at a narrow measure as one headline, proven by its own words', () => {
    expect(analyzePage(questionPhraseNarrowRun).articles.map((article) => article.title)).toContain('微信聊天记录能当借款证据吗？ 卓资县法院法官答疑');
  });

  it('reads a quotation and its phrase wrapped over three lines as the headline over its byline', () => {
    expect(heads(quotedHeadNarrow)[0]).toEqual(['“牧区立案，不让牧民白跑一趟” 访苏尼特左旗人民法院院长那顺乌日图', '本报记者 李婷']);
  });

  it('keeps a question and its phrase on one line apart from the text under it', () => {
    const article = analyzePage(questionPhraseUnderBand).articles[0];
    expect(article.title).toBe('微信聊天记录能当借款证据吗？ 卓资县法院法官答疑');
    expect(article.blocks[0].text).toMatch(/^如今，不少人借钱不再写借条/u);
  });

  it('keeps a head\'s first line cut inside a word in the head over its byline', () => {
    expect(heads(columnHeadCutOverByline)).toContainEqual(['法官说法：铁路沿线这三类行为要担责', '本报通讯员 刘畅']);
  });

  it('takes a byline\'s last name cut by the measure back into the byline', () => {
    const article = analyzePage(bylineNameCut).articles.find((candidate) => candidate.title.startsWith('铁轨边放羊太危险'));
    expect(article?.byline).toBe('本报记者 王海燕 通讯员 张国栋');
    expect(analyzePage(bylineNameCut).articles.map((candidate) => candidate.title)).not.toContain('栋');
  });
});
