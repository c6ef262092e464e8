// Makes the extractor-output fixtures of core/analysis/test-support/extractor-output/: small
// newspaper pages set in HTML (Noto Serif CJK SC, 2–3 columns, masthead, headline, byline, two
// articles), printed to PDF by headless Chromium and extracted by poppler `pdftotext` (plain and
// `-layout`) and MuPDF `mutool draw -F txt`. The outputs are what real extractors do to such text.
//
//   npx tsx scripts/make-extractor-fixtures.ts
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const OUT = join(import.meta.dirname, '../core/analysis/test-support/extractor-output');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

interface Article {
  headline: string;
  subtitle?: string;
  byline: string;
  paragraphs: string[];
}

interface PageSpec {
  name: string;
  columns: number;
  /** CSS letter-spacing of the headline (tracking), e.g. '0.6em'. */
  headlineTracking?: string;
  /** Two pages printed into one PDF, to show the form feed between them. */
  secondPage?: boolean;
  articles: Article[];
}

const ARTICLE_ONE: Article = {
  headline: '巡回法庭走进牧区 调解纠纷就在家门口',
  byline: '本报记者 高原 通讯员 苏日娜',
  paragraphs: [
    '本报讯 六月以来，锡林郭勒盟某旗人民法院把巡回法庭开到了牧民的蒙古包旁，法官们带着卷宗和调解书，一周内走访了十二个嘎查，就地化解草场边界、牲畜买卖等纠纷二十余件。',
    '“以前打官司要跑一百多公里，现在法官上门来，当天就能把事情说清楚。”牧民巴特尔说。他和邻居因为草场围栏的位置争执了两年，这次在法官主持下，双方重新丈量了边界，签下了调解协议。',
    '该院负责人介绍，今年以来，法院坚持把矛盾纠纷化解在基层，在各苏木设立了法官工作站，培训人民调解员八十余名，形成了“法院加调解员加网格员”的多元解纷机制。',
    '下一步，该院将继续完善巡回审判制度，让群众在家门口感受到公平正义。',
  ],
};

const ARTICLE_TWO: Article = {
  headline: '以案说法：借款不还 保证人要担责吗',
  subtitle: '——一起民间借贷纠纷的审理',
  byline: '通讯员 李静',
  paragraphs: [
    '张某向王某借款五万元，约定一年后归还，刘某在借条上以保证人身份签字。借款到期后，张某未能还款，王某遂将张某和刘某一并诉至法院。',
    '法院审理认为，借条上未约定保证方式，依照民法典的规定，应当按照一般保证承担保证责任。刘某在张某的财产依法强制执行仍不能履行债务前，有权拒绝向王某承担保证责任。',
    '法官提醒，在借条上签字作保并非小事，保证人应当了解自己承担的责任，必要时可以约定保证的方式和期间，避免日后产生纠纷。',
  ],
};

const ARTICLE_THREE: Article = {
  headline: '法官进校园 普法第一课',
  byline: '本报通讯员 王晓东',
  paragraphs: [
    '近日，某区人民法院的法官走进第三中学，为八百余名师生上了一堂生动的法治课。法官结合真实案例，讲解了校园欺凌、网络诈骗等问题的法律后果。',
    '课后，不少同学围着法官提问。一名初二学生说，原来在网上随意发布他人照片也可能违法，以后一定要多学法、懂法、守法。',
  ],
};

const PAGES: PageSpec[] = [
  { name: 'two-columns', columns: 2, articles: [ARTICLE_ONE, ARTICLE_TWO] },
  { name: 'three-columns', columns: 3, headlineTracking: '0.8em', articles: [ARTICLE_THREE, ARTICLE_ONE] },
  { name: 'two-pages', columns: 2, secondPage: true, articles: [ARTICLE_TWO, ARTICLE_THREE] },
];

const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');

function articleHtml(article: Article, tracking: string | undefined): string {
  const style = tracking ? ` style="letter-spacing:${tracking}"` : '';
  return `<article><h2${style}>${escape(article.headline)}</h2>${article.subtitle ? `<h3>${escape(article.subtitle)}</h3>` : ''}<p class="byline">${escape(article.byline)}</p>${article.paragraphs.map((paragraph) => `<p>${escape(paragraph)}</p>`).join('')}</article>`;
}

function pageHtml(spec: PageSpec): string {
  const masthead = `<header><span class="pub">法 院 专 刊</span><span>2025年6月27日 星期五</span><span>第5版</span></header>`;
  const body = (articles: Article[]) => `<main style="column-count:${spec.columns}">${articles.map((article) => articleHtml(article, spec.headlineTracking)).join('')}</main>`;
  const pages = spec.secondPage
    ? `${masthead}${body(spec.articles.slice(0, 1))}<div style="break-before:page"></div>${masthead}${body(spec.articles.slice(1))}`
    : `${masthead}${body(spec.articles)}<footer>责任编辑 赵敏 校对 孙丽</footer>`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 14mm; }
body { font-family: 'Noto Serif CJK SC'; font-size: 10.5pt; line-height: 1.55; }
header { display: flex; justify-content: space-between; border-bottom: 2px solid #000; margin-bottom: 4mm; }
header .pub { font-size: 20pt; font-weight: bold; }
main { column-gap: 6mm; }
h2 { font-size: 16pt; margin: 0 0 2mm; column-span: all; text-align: center; }
h3 { font-size: 11pt; margin: 0 0 2mm; column-span: all; text-align: center; font-weight: normal; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.byline { text-indent: 0; text-align: center; column-span: all; margin-bottom: 2mm; }
article { margin-bottom: 6mm; }
footer { margin-top: 4mm; font-size: 9pt; }
</style></head><body>${pages}</body></html>`;
}

function main(): void {
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'qinggao-fixtures-'));
  try {
    for (const spec of PAGES) {
      const html = join(work, `${spec.name}.html`);
      const pdf = join(work, `${spec.name}.pdf`);
      writeFileSync(html, pageHtml(spec));
      execFileSync(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${html}`], { stdio: 'ignore' });
      execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, join(OUT, `${spec.name}.pdftotext.txt`)]);
      execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', pdf, join(OUT, `${spec.name}.pdftotext-layout.txt`)]);
      execFileSync('mutool', ['draw', '-q', '-F', 'txt', '-o', join(OUT, `${spec.name}.mutool.txt`), pdf]);
      console.log(spec.name);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
