// Makes the fixtures of core/pdf/test-support/pdfjs-layouts/: regions of corpus TRAIN pages as
// pdf.js reads them (main/pdf/read-pdf.ts), kept as plain JSON so the core/pdf tests run on real
// extractor output (Chromium's runs and subset fonts, real baselines and rules) without the PDF.
// Each region holds one typesetting case the layout engine once got wrong.
//
//   npm run corpus && npx tsx scripts/make-pdf-layout-fixtures.ts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PdfPageLayout } from '../core/model/pdf-layout';
import { readPdf } from '../main/pdf/read-pdf';

interface Region {
  name: string;
  page: string;
  /** What the region shows. */
  about: string;
  x: number;
  y: number;
  right: number;
  bottom: number;
}

const REGIONS: Region[] = [
  { name: 'run-in-dateline-narrow-column', page: 'train-p003', about: 'a bold run-in dateline (锡林郭勒讯) filling most of the first line of a narrow column', x: 0, y: 80, right: 600, bottom: 235 },
  { name: 'subtitle-wrapped-flush-left', page: 'train-p003', about: 'a dash subtitle wrapped flush left (…建设纪 / 实), a byline across the gutter, two columns under it', x: 0, y: 240, right: 296, bottom: 470 },
  { name: 'bylines-beside-side-by-side-heads', page: 'train-p021', about: 'two headlines side by side, one byline flush right under the left, one flush left under the right (in a box)', x: 0, y: 80, right: 820, bottom: 440 },
  { name: 'byline-flush-left-under-wrapped-head', page: 'train-p028', about: 'a two-line centred headline with the byline flush left under it, beside another article', x: 0, y: 80, right: 600, bottom: 300 },
  { name: 'column-heads-under-byline', page: 'train-p037', about: 'a headline over three columns whose tops are centred section heads, a byline flush right', x: 0, y: 620, right: 820, bottom: 930 },
  { name: 'heads-side-by-side-under-masthead', page: 'train-p005', about: 'a masthead, a headline over three columns with a centred byline, then two headlines side by side', x: 0, y: 0, right: 820, bottom: 420 },
  { name: 'dateline-under-section-head', page: 'train-p006', about: 'an article whose first paragraph, with its run-in dateline, stands under a section head 【基本案情】', x: 0, y: 80, right: 550, bottom: 260 },
  { name: 'heads-side-by-side-over-gutter', page: 'train-p008', about: 'two headlines side by side on one baseline, 0.75 em apart over the column gutter', x: 0, y: 70, right: 600, bottom: 420 },
  { name: 'credit-wrapped-flush-right', page: 'train-p010', about: 'a closing credit （作者单位：…人民法 / 院） wrapped over two lines of a narrow column', x: 655, y: 380, right: 810, bottom: 775 },
  { name: 'credit-beside-short-last-line', page: 'train-p002', about: 'a credit flush right on the row of a short last line, which the cuts read as strips of their own', x: 0, y: 530, right: 600, bottom: 800 },
  { name: 'roundup-signed-items-and-office-credit', page: 'train-p006', about: 'a roundup whose items each end with （name）, then an article closed by an office credit set flush left', x: 555, y: 415, right: 810, bottom: 1100 },
  { name: 'false-spaces-in-justified-lines', page: 'train-p020', about: 'justified body lines where pdf.js puts spaces between the characters of several runs (卖 给 城 … 的 亲 戚)', x: 0, y: 150, right: 300, bottom: 330 },
  { name: 'space-between-phrases-of-a-head', page: 'train-p050', about: 'a section head whose two phrases are parted by a printed space (牙克石市法院 冬季巡回审判进林区)', x: 420, y: 110, right: 620, bottom: 200 },
  { name: 'space-in-a-head-with-digits', page: 'train-p009', about: 'section heads mixing digits and characters with a printed space (8点半 查控)', x: 0, y: 600, right: 290, bottom: 800 },
  { name: 'notice-contact-line', page: 'train-p025', about: 'a notice whose last paragraphs are a contact line (联系电话：…), the court and the date', x: 0, y: 70, right: 600, bottom: 320 },
  { name: 'article-ending-without-stop', page: 'train-p009', about: 'an article over two columns whose last paragraph ends without a full stop (…留言没回), after a section head', x: 0, y: 520, right: 560, bottom: 960 },
  { name: 'side-head-and-hanging-quote', page: 'train-p044', about: 'a two-line headline set in the first column beside the text (its second line on a body baseline), and a closing quote hanging into the gutter', x: 0, y: 70, right: 820, bottom: 195 },
  { name: 'court-signature-flush-right-over-columns', page: 'train-p037', about: 'a headline set flush left over three columns, the byline (court and name) flush right above the last column, a section head atop the first', x: 0, y: 185, right: 820, bottom: 425 },
  { name: 'questions-wrapped-and-credit-flush-left', page: 'train-p013', about: 'a Q&A whose bold questions wrap to a centred second line, closed by a credit wrapped flush left', x: 298, y: 80, right: 600, bottom: 700 },
  { name: 'dateline-alone-on-first-line', page: 'train-p036', about: 'a bold dateline alone on the first line of the text, which goes on unindented below it', x: 0, y: 395, right: 298, bottom: 640 },
  { name: 'side-head-wrapped-with-byline', page: 'train-p037', about: 'a two-line headline beside its text with the byline flush left under its centred second line', x: 0, y: 70, right: 820, bottom: 180 },
  { name: 'roundup-item-head-under-headline', page: 'train-p004', about: 'a roundup whose first item head, bold and a little larger than the text, stands right under the headline', x: 620, y: 370, right: 810, bottom: 470 },
  { name: 'case-number-under-notice-headline', page: 'train-p021', about: 'a court notice whose case number stands centred under the headline', x: 0, y: 445, right: 820, bottom: 560 },
];

const corpus = path.resolve(import.meta.dirname, '..', 'corpus', 'pdf', 'train');
const out = path.resolve(import.meta.dirname, '..', 'core', 'pdf', 'test-support', 'pdfjs-layouts');
mkdirSync(out, { recursive: true });
const round = (value: number) => Math.round(value * 100) / 100;
const layouts = new Map<string, PdfPageLayout>();
for (const region of REGIONS) {
  let layout = layouts.get(region.page);
  if (!layout) {
    [layout] = await readPdf(new Uint8Array(readFileSync(path.join(corpus, `${region.page}.pdf`))));
    layouts.set(region.page, layout);
  }
  const inside = (box: { x: number; y: number; width: number; height: number }) => box.x >= region.x && box.y >= region.y && box.x + box.width <= region.right && box.y + box.height <= region.bottom;
  const items = layout.items.filter(inside).map((item) => ({ ...item, x: round(item.x), y: round(item.y), width: round(item.width), height: round(item.height), fontSize: round(item.fontSize), baseline: item.baseline === undefined ? undefined : round(item.baseline) }));
  const rules = layout.rules.filter(inside).map((rule) => ({ x: round(rule.x), y: round(rule.y), width: round(rule.width), height: round(rule.height) }));
  const fixture = { source: `corpus/pdf/train/${region.page}.pdf`, about: region.about, region: { x: region.x, y: region.y, right: region.right, bottom: region.bottom }, layout: { pageNumber: 1, width: layout.width, height: layout.height, items, rules } };
  writeFileSync(path.join(out, `${region.name}.json`), `${JSON.stringify(fixture)}\n`);
  console.log(`${region.name}: ${items.length} runs, ${rules.length} rules`);
}
