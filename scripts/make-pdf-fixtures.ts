// Makes the PDF import's test PDFs under main/pdf/fixtures/ (prefix `import-`):
// newspaper pages with known articles, laid out in columns in HTML with Noto
// Serif CJK SC and printed to PDF by headless Chromium, as an e-paper page is
// typeset and exported; then the bad ones made from them with MuPDF.
//   npx tsx scripts/make-pdf-fixtures.ts
// Needs /usr/bin/chromium, mutool and fonts-noto-cjk. The output is committed;
// run again only to change the fixtures (Chromium versions differ in bytes).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(repoRoot, 'main', 'pdf', 'fixtures');
const work = mkdtempSync(path.join(tmpdir(), 'qinggao-pdf-fixtures-'));

interface Article {
  title: string;
  subtitle?: string;
  byline: string;
  paragraphs: string[];
}

const STYLE = `
  @page { size: 280mm 400mm; margin: 14mm; }
  body { font-family: 'Noto Serif CJK SC'; font-size: 10.5pt; line-height: 1.55; margin: 0; }
  .page { break-after: page; }
  .page:last-child { break-after: auto; }
  .masthead { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 2pt solid #000; padding-bottom: 3mm; margin-bottom: 5mm; }
  .masthead .name { font-size: 34pt; font-weight: 900; letter-spacing: 4pt; }
  .masthead .meta { font-size: 10pt; text-align: right; }
  .article { margin-bottom: 6mm; }
  .article + .article { border-top: 0.8pt solid #000; padding-top: 4mm; }
  h1 { font-size: 22pt; font-weight: 900; text-align: center; margin: 0 0 2mm; }
  h2 { font-size: 13pt; font-weight: 500; text-align: center; margin: 0 0 2mm; }
  .byline { text-align: center; font-size: 10pt; margin-bottom: 3mm; }
  .columns { column-count: 3; column-gap: 7mm; column-rule: 0.5pt solid #000; }
  p { text-indent: 2em; margin: 0; text-align: justify; }
  .scan { width: 100%; }
`;

function articleHtml(article: Article): string {
  return `<section class="article"><h1>${article.title}</h1>${article.subtitle ? `<h2>${article.subtitle}</h2>` : ''}<div class="byline">${article.byline}</div>
    <div class="columns">${article.paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('')}</div></section>`;
}

function masthead(date: string, label: string): string {
  return `<header class="masthead"><div class="name">法院专刊</div><div class="meta">内蒙古自治区高级人民法院<br>${date} ${label}</div></header>`;
}

function printToPdf(name: string, pages: string[]): string {
  const html = path.join(work, `${name}.html`);
  writeFileSync(html, `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${STYLE}</style></head><body>${pages.map((page) => `<div class="page">${page}</div>`).join('')}</body></html>`);
  const pdf = path.join(work, `${name}.pdf`);
  execFileSync('/usr/bin/chromium', [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
    '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${html}`,
  ], { stdio: 'ignore' });
  return pdf;
}

const mediation: Article = {
  title: '巡回审判进牧区 调解纠纷到毡房',
  subtitle: '——阿拉善左旗人民法院巡回审判工作侧记',
  byline: '本报通讯员 其木格',
  paragraphs: [
    '入冬以来，阿拉善左旗人民法院巴彦浩特法庭的巡回审判车先后十二次开进牧区，把法庭搬到牧民的毡房里，就地化解草场承包、牲畜买卖等纠纷二十一件，为牧民节省往返路程两千余公里。',
    '“以前打官司要跑一百多公里，现在法官到家门口来了。”牧民巴特尔说。今年十月，他与邻居因草场界线发生争执，法庭接到电话后第二天便赶到现场，法官和人民调解员一起踏勘界桩、查阅承包合同，当天就促成双方签订调解协议。',
    '为让巡回审判常态化，该院建立了“流动法庭+嘎查调解员”工作机制，在全旗设立十四个巡回审判点，每月固定日期开庭，并聘请熟悉蒙汉双语的调解员参与纠纷化解，使调解过程更贴近牧民的生活习惯。',
    '该院负责人表示，下一步将继续推进诉讼服务向牧区延伸，把更多矛盾纠纷化解在萌芽状态，让司法服务可感可及。',
  ],
};

const enforcement: Article = {
  title: '执行干警冒雪兑现胜诉权益',
  byline: '本报记者 王海涛 通讯员 李娜',
  paragraphs: [
    '十一月二十日清晨，乌兰察布市集宁区人民法院执行局干警冒着大雪出发，对一起拖欠农民工工资案件开展集中执行，当场为十八名务工人员兑现工资三十六万元。',
    '该案被执行人是一家建筑公司，判决生效后一直未履行义务。执行干警通过网络查控发现该公司有一笔工程款即将到账，立即依法冻结，并约谈公司负责人，促使其主动履行。',
    '今年以来，该院开展涉民生案件专项执行行动，执结此类案件三百余件，执行到位金额一千二百万元。',
  ],
};

const youth: Article = {
  title: '法治课堂走进草原小学',
  byline: '本报通讯员 张敏',
  paragraphs: [
    '近日，锡林浩特市人民法院少年审判庭法官走进白音锡勒牧场学校，为二百余名师生上了一堂生动的法治课。',
    '法官结合真实案例，用通俗易懂的语言讲解了校园欺凌的危害和预防方法，并与学生互动问答，引导学生学会用法律保护自己。',
  ],
};

const court: Article = {
  title: '诉前调解让企业纠纷快速化解',
  byline: '本报通讯员 刘晓燕',
  paragraphs: [
    '呼和浩特市赛罕区人民法院依托诉调对接中心，引入行业调解组织参与涉企纠纷化解，今年已诉前调解买卖合同、建设工程等纠纷四百三十件，平均用时十八天。',
    '一家食品企业与供货商因货款结算发生争议，调解员在十天内组织三次调解，双方最终达成分期付款协议，避免了诉讼给企业经营带来的影响。',
  ],
};

try {
  const page = printToPdf('import-page', [masthead('2026年11月20日', '05版') + articleHtml(mediation) + articleHtml(enforcement)]);
  writeFileSync(path.join(outDir, 'import-page.pdf'), readFileSync(page));

  // A page scanned, not typeset: the printed page as a picture, no text layer.
  const scanPng = path.join(work, 'scan.png');
  execFileSync('mutool', ['draw', '-q', '-r', '60', '-o', scanPng, page, '1']);
  const scan = `<img class="scan" src="data:image/png;base64,${readFileSync(scanPng).toString('base64')}">`;
  const issue = printToPdf('import-issue', [masthead('2026年11月27日', '01版') + articleHtml(youth), articleHtml(court), scan]);
  writeFileSync(path.join(outDir, 'import-issue.pdf'), readFileSync(issue));

  execFileSync('mutool', ['clean', '-E', 'aes-256', '-U', 'pw', '-O', 'pw', page, path.join(outDir, 'import-encrypted.pdf')]);
  console.log(`wrote import-page.pdf, import-issue.pdf, import-encrypted.pdf to ${path.relative(repoRoot, outDir)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
