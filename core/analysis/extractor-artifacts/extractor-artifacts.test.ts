import { describe, expect, it } from 'vitest';
import { pageOverridesSchema } from '../../model/page-overrides-schema';
import { analyzePage } from '../analyze-page';
import { assemblePage } from '../assemble-page';
import { extractPageLines } from '../line-features';
import { extractorOutput } from '../test-support/extractor-output';
import { SEED_PAGES } from '../test-support/seed-pages';
import { BLANK_LINE_ARTIFACT_REASON, FORM_FEED_REASON, TRACKED_TAIL_REASON, VERTICAL_RUN_REASON, hasBlankLineArtifact } from './extractor-breaks';

// The articles scripts/make-extractor-fixtures.ts set on the pages, as printed.
const ONE = {
  title: '巡回法庭走进牧区 调解纠纷就在家门口',
  byline: '本报记者 高原 通讯员 苏日娜',
  dateline: '本报讯',
  paragraphs: [
    '六月以来，锡林郭勒盟某旗人民法院把巡回法庭开到了牧民的蒙古包旁，法官们带着卷宗和调解书，一周内走访了十二个嘎查，就地化解草场边界、牲畜买卖等纠纷二十余件。',
    '“以前打官司要跑一百多公里，现在法官上门来，当天就能把事情说清楚。”牧民巴特尔说。他和邻居因为草场围栏的位置争执了两年，这次在法官主持下，双方重新丈量了边界，签下了调解协议。',
    '该院负责人介绍，今年以来，法院坚持把矛盾纠纷化解在基层，在各苏木设立了法官工作站，培训人民调解员八十余名，形成了“法院加调解员加网格员”的多元解纷机制。',
    '下一步，该院将继续完善巡回审判制度，让群众在家门口感受到公平正义。',
  ],
};
const TWO = {
  title: '以案说法：借款不还 保证人要担责吗',
  subtitle: '——一起民间借贷纠纷的审理',
  byline: '通讯员 李静',
  paragraphs: [
    '张某向王某借款五万元，约定一年后归还，刘某在借条上以保证人身份签字。借款到期后，张某未能还款，王某遂将张某和刘某一并诉至法院。',
    '法院审理认为，借条上未约定保证方式，依照民法典的规定，应当按照一般保证承担保证责任。刘某在张某的财产依法强制执行仍不能履行债务前，有权拒绝向王某承担保证责任。',
    '法官提醒，在借条上签字作保并非小事，保证人应当了解自己承担的责任，必要时可以约定保证的方式和期间，避免日后产生纠纷。',
  ],
};

const bodyOf = (article: { blocks: Array<{ text: string }> }) => article.blocks.map((block) => block.text);

describe('masthead fragments', () => {
  it('reads publication, date and page label from the masthead items on lines of their own, and the editorial credits as furniture', () => {
    for (const name of ['two-columns.mutool', 'two-columns.pdftotext', 'two-columns.pdftotext-layout', 'three-columns.mutool']) {
      const analysis = analyzePage(extractorOutput(name));
      expect(analysis.publication, name).toBe('法院专刊');
      expect(analysis.issue_date, name).toBe('2025-06-27');
      expect(analysis.page_label, name).toBe('5版');
      expect(analysis.furniture, name).toContain('责任编辑 赵敏 校对 孙丽');
      expect(analysis.articles.flatMap((article) => article.blocks.map((block) => block.text)).join(''), name).not.toContain('责任编辑');
    }
  });
});

describe('radical code points (MuPDF on Noto CJK)', () => {
  const analysis = analyzePage(extractorOutput('two-columns.mutool'));

  it('folds every radical of the page and counts it in the normalization report', () => {
    expect(extractorOutput('two-columns.mutool')).toMatch(/[\u2e80-\u2fdf]/u);
    const text = JSON.stringify(analysis.articles);
    expect(text).not.toMatch(/[\u2e80-\u2fdf]/u);
    expect(analysis.normalization.find((report) => report.rule === 'radical-ideographs')?.changes).toBeGreaterThan(40);
  });

  it('reads fields through the radicals: `⼈⺠法院`, `2025年6⽉27⽇` are matched as the words they are', () => {
    expect(analysis.articles.map((article) => article.title)).toEqual([ONE.title, TWO.title]);
    expect(analysis.articles[0].byline).toBe(ONE.byline);
    expect(analysis.articles[1].subtitle).toBe(TWO.subtitle);
    expect(bodyOf(analysis.articles[0])).toEqual(ONE.paragraphs);
    expect(bodyOf(analysis.articles[1])).toEqual(TWO.paragraphs);
  });

  it('keeps the radicals when the editor switches the rule off', () => {
    const off = assemblePage(analysis, { normalization: { 'radical-ideographs': false } });
    expect(off.articles[0].title).toBe('巡回法庭⾛进牧区 调解纠纷就在家⻔⼝');
    expect(off.normalization.find((report) => report.rule === 'radical-ideographs')).toEqual({ rule: 'radical-ideographs', enabled: false, changes: 0 });
    expect(pageOverridesSchema.parse({ normalization: { 'radical-ideographs': false, 'letter-spacing': true, 'form-feeds': false } })).toBeTruthy();
  });
});

describe('blank lines after nearly every line (MuPDF)', () => {
  it('is found on MuPDF pages, not where blank lines only stand between paragraphs', () => {
    for (const name of ['two-columns.mutool', 'three-columns.mutool', 'two-pages.mutool']) expect(hasBlankLineArtifact(extractPageLines(extractorOutput(name).split('\n'))), name).toBe(true);
    for (const name of ['two-columns.pdftotext', 'three-columns.pdftotext', 'two-pages.pdftotext']) expect(hasBlankLineArtifact(extractPageLines(extractorOutput(name).split('\n'))), name).toBe(false);
    // Seed page 003 has a blank line after every line without exception: regular double spacing, read by the break rules.
    // Seed page 002 has one after nearly every wrapped line, paragraph end or not: the same artifact as MuPDF's.
    const detected = SEED_PAGES.filter((page) => hasBlankLineArtifact(extractPageLines(page.raw.split(/\r?\n/u)))).map((page) => page.name.slice(0, 3));
    expect(detected).toEqual(['002']);
  });

  it('decides those gaps like wraps and says why', () => {
    const analysis = analyzePage(extractorOutput('two-pages.mutool'));
    const gaps = analysis.breaks.filter((decision) => decision.kind === 'gap');
    expect(gaps.length).toBeGreaterThan(5);
    for (const gap of gaps) expect(gap.reason).toContain(BLANK_LINE_ARTIFACT_REASON);
    expect(analysis.articles.map((article) => article.title)).toEqual([TWO.title, '法官进校园 普法第一课']);
    expect(bodyOf(analysis.articles[0])).toEqual(TWO.paragraphs);
  });

  it('joins a headline MuPDF wrote one character per line', () => {
    const analysis = analyzePage(extractorOutput('three-columns.mutool'));
    expect(analysis.articles.map((article) => article.title)).toEqual(['法官进校园普法第一课', '巡回法庭走进牧区调解纠纷就在家门口']);
    expect(analysis.breaks.some((decision) => decision.reason === VERTICAL_RUN_REASON)).toBe(true);
    expect(bodyOf(analysis.articles[1]).slice(2)).toEqual(ONE.paragraphs.slice(2));
  });
});

describe('two columns merged line by line (pdftotext)', () => {
  it('takes -layout columns apart where the split runs down the rows, and reads them one after the other', () => {
    const analysis = analyzePage(extractorOutput('two-columns.pdftotext-layout'));
    expect(analysis.articles.map((article) => article.title)).toEqual([ONE.title, TWO.title]);
    expect(bodyOf(analysis.articles[0])).toEqual(ONE.paragraphs);
    expect(bodyOf(analysis.articles[1])).toEqual(TWO.paragraphs);
    const flags = analysis.flags.filter((flag) => flag.kind === 'merged-columns');
    expect(flags).toHaveLength(2);
    expect(flags[0].message).toMatch(/已拆开，先读左栏再读右栏/u);
    expect(flags.map((flag) => flag.article)).toEqual([0, 1]);
  });

  it('takes three -layout columns apart, the third beside the second, a short tail after one space too', () => {
    const analysis = analyzePage(extractorOutput('three-columns.pdftotext-layout'));
    expect(bodyOf(analysis.articles[0])).toEqual([
      '近日，某区人民法院的法官走进第三中学，为八百余名师生上了一堂生动的法治课。法官结合真实案例，讲解了校园欺凌、网络诈骗等问题的法律后果。',
      '课后，不少同学围着法官提问。一名初二学生说，原来在网上随意发布他人照片也可能违法，以后一定要多学法、懂法、守法。',
    ]);
    expect(analysis.articles[1].byline).toBe(ONE.byline);
    expect(bodyOf(analysis.articles[1])).toEqual(ONE.paragraphs);
  });

  it('keeps the flag through re-assembly with the editor’s overrides', () => {
    const analysis = analyzePage(extractorOutput('two-columns.pdftotext-layout'));
    const again = assemblePage(analysis, { normalization: { 'cjk-spacing': false } });
    expect(again.flags.filter((flag) => flag.kind === 'merged-columns')).toEqual(analysis.flags.filter((flag) => flag.kind === 'merged-columns'));
  });

  it('reads plain pdftotext columns (one space between them, no positions) back in order by the column measure', () => {
    const raw = extractorOutput('two-columns.pdftotext');
    const analysis = analyzePage(raw);
    expect(analysis.articles.map((article) => article.title)).toEqual([ONE.title, TWO.title]);
    expect(analysis.articles[0].dateline).toBe(ONE.dateline);
    expect(bodyOf(analysis.articles[0])).toEqual(ONE.paragraphs);
    expect(bodyOf(analysis.articles[1])).toEqual(TWO.paragraphs);
    // Every raw character is still on some line: the lines were split and reordered, not rewritten.
    const characters = (text: string) => [...text.replace(/[\s\u3000]/gu, '')].sort().join('');
    expect(characters(analysis.lines.map((line) => line.text).join(''))).toBe(characters(raw));
    const flags = analysis.flags.filter((flag) => flag.kind === 'merged-columns');
    expect(flags.map((flag) => flag.article)).toEqual([0, 1]);
    for (const flag of flags) expect(flag.message).toMatch(/已拆开/u);
  });

  it('splits a minimal hand-made page and leaves single-column text alone', () => {
    const raw = ['  第一栏第一行的文字写在这里，  第二栏第一行的文字写在', '第一栏第二行的文字也在这里，  这里，接着写下去，直到', '第一栏第三行的文字到此结束。  第二栏的段落结束了。'].join('\n');
    const analysis = analyzePage(raw);
    expect(analysis.lines.map((line) => line.text.trim())).toEqual(['第一栏第一行的文字写在这里，', '第一栏第二行的文字也在这里，', '第一栏第三行的文字到此结束。', '第二栏第一行的文字写在', '这里，接着写下去，直到', '第二栏的段落结束了。']);
    const plain = '本报讯 六月以来，某旗人民法院把巡回法庭开到了牧民家门口。\n巡回法庭走进牧区 调解纠纷就在家门口\n';
    expect(analyzePage(plain).lines.map((line) => line.text)).toEqual(plain.split('\n'));
    expect(analyzePage(plain).flags.filter((flag) => flag.kind === 'merged-columns')).toEqual([]);
  });
});

describe('letter-spaced lines', () => {
  it('closes a tracked headline and a spaced masthead, counted as letter-spacing', () => {
    const analysis = analyzePage(extractorOutput('three-columns.pdftotext-layout'));
    expect(analysis.articles.map((article) => article.title)).toEqual(['法官进校园普法第一课', '巡回法庭走进牧区调解纠纷就在家门口']);
    expect(analysis.breaks.some((decision) => decision.reason === TRACKED_TAIL_REASON)).toBe(true);
    expect(analysis.publication).toBe('法院专刊');
    expect(analysis.normalization.find((report) => report.rule === 'letter-spacing')?.changes).toBeGreaterThan(8);
    const minimal = analyzePage('法 院 专 刊\n2025年6月27日\n\n法 官 进 校 园\n本报记者 高原\n今年以来，某区人民法院的法官走进校园讲法治课。\n');
    expect(minimal.publication).toBe('法院专刊');
    expect(minimal.articles.map((article) => article.title)).toEqual(['法官进校园']);
    const dateline = analyzePage('法官进校园\n\n本 报 讯 今年以来，某区人民法院的法官走进校园讲法治课。\n');
    expect(dateline.articles[0].dateline).toBe('本报讯');
  });
});

describe('form feeds between pages', () => {
  const analysis = analyzePage(extractorOutput('two-pages.pdftotext'));

  it('are no text, and the page after one starts with its masthead', () => {
    expect(JSON.stringify(analysis.articles)).not.toContain('\f');
    expect(analysis.articles.map((article) => article.title)).toEqual([TWO.title, '法官进校园 普法第一课']);
    expect(analysis.articles[1].byline).toBe('本报通讯员 王晓东');
    expect(analysis.furniture.filter((item) => item === '法院专刊')).toHaveLength(2);
    expect(analysis.breaks.some((decision) => decision.reason.includes(FORM_FEED_REASON))).toBe(true);
  });

  it('a sentence left open at a form feed goes on on the next page', () => {
    const open = analyzePage('本报讯 今年以来，某区人民法院坚持把矛盾纠纷化解在\n\f基层，培训人民调解员八十余名。\n');
    expect(open.articles[0].blocks.map((block) => block.text)).toEqual(['今年以来，某区人民法院坚持把矛盾纠纷化解在基层，培训人民调解员八十余名。']);
    expect(open.normalization.find((report) => report.rule === 'form-feeds')?.changes).toBe(1);
  });
});

describe('displaced byline', () => {
  it('places a byline found after the first body lines as the byline', () => {
    const analysis = analyzePage(extractorOutput('three-columns.pdftotext'));
    const article = analysis.articles.find((candidate) => candidate.byline === ONE.byline);
    expect(article).toBeDefined();
    expect(bodyOf(article!).join('')).not.toContain('本报记者');
    const minimal = analyzePage(['巡回法庭走进牧区', '', '本报讯 六月以来，某旗人民法院把巡回法庭开到了', '本报记者 高原', '牧民的蒙古包旁，调解纠纷二十余件。'].join('\n'));
    expect(minimal.articles[0].byline).toBe('本报记者 高原');
  });
});

// Plain pdftotext of a page of the third development set (corpus/dev/tune3): the first article's byline, printed
// level with the masthead's publication name, is written on the line under that name.
import mastheadBylinePage from '../test-support/extractor-pages/pdftotext-dev-masthead-byline.txt?raw';

describe('a byline written under the masthead\'s publication name (pdftotext)', () => {
  it('is the first headline\'s byline, and the name stays the masthead\'s', () => {
    const analysis = analyzePage(mastheadBylinePage);
    expect(analysis.articles[0]).toMatchObject({ title: '呼和浩特中院：让“指尖诉讼”跑出加速度', byline: '本报记者 张慧敏', dateline: '本报呼和浩特讯' });
    expect(analysis.furniture).toContain('法院专刊');
  });
});
