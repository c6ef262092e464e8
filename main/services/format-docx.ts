// Word documents. The `docx` package lays out one template document (styles,
// numbering, settings, one paragraph of each kind); each export then fills the
// paragraphs' XML and zips it with the template's other parts, compressed once.
// Building every document through docx's object model took ~15 ms an article,
// too slow for 10,000 at a time.
//
// Every paragraph carries a named style and no direct formatting, so the paper's
// layout staff restyle a whole export by changing one style in Word.
import { AlignmentType, Document, Packer, Paragraph, TextRun, type IParagraphStyleOptions } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import type { ExportArticle } from '../../core/export/export-article';
import { zipArchive, zipEntry, type ZipEntry } from './zip-entries';

const SLOT_KINDS = ['title', 'nextTitle', 'subtitle', 'byline', 'dateline', 'heading', 'caption', 'paragraph', 'credit'] as const;
type SlotKind = (typeof SLOT_KINDS)[number];
const slotMarker = (kind: SlotKind) => `QINGGAOSLOT${kind}END`;

/** The paragraph style of each kind of paragraph; ids are Word's own where Word has the style. */
export const DOCX_STYLE_OF: Record<SlotKind, string> = {
  title: 'Title',
  nextTitle: 'Title',
  subtitle: 'Subtitle',
  byline: 'Byline',
  dateline: 'Dateline',
  heading: 'Heading2',
  caption: 'Caption',
  paragraph: 'BodyText',
  credit: 'Credit',
};

const paragraphStyles: IParagraphStyleOptions[] = [
  { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { bold: true, size: 36 }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120 } } },
  { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 28 }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } } },
  { id: 'Byline', name: '署名 Byline', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { color: '555555' }, paragraph: { alignment: AlignmentType.CENTER } },
  { id: 'Dateline', name: '电头 Dateline', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { color: '555555' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } } },
  { id: 'Heading2', name: 'heading 2', basedOn: 'Normal', next: 'BodyText', quickFormat: true, run: { bold: true, size: 26 }, paragraph: { spacing: { before: 240, after: 60 }, keepNext: true, outlineLevel: 1 } },
  { id: 'Caption', name: 'caption', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { italics: true, size: 21 }, paragraph: { alignment: AlignmentType.CENTER } },
  { id: 'BodyText', name: 'Body Text', basedOn: 'Normal', quickFormat: true, paragraph: { indent: { firstLine: 480 } } },
  { id: 'Credit', name: '供稿 Credit', basedOn: 'Normal', next: 'Normal', quickFormat: true, paragraph: { alignment: AlignmentType.RIGHT } },
];

interface DocxTemplate {
  /** Every part but word/document.xml, in the template's order, with [Content_Types].xml first. */
  parts: ZipEntry[];
  head: string;
  tail: string;
  slots: Record<SlotKind, string>;
}

function templateParagraph(kind: SlotKind): Paragraph {
  return new Paragraph({ style: DOCX_STYLE_OF[kind], pageBreakBefore: kind === 'nextTitle', children: [new TextRun(slotMarker(kind))] });
}

let template: Promise<DocxTemplate> | null = null;

async function buildTemplate(): Promise<DocxTemplate> {
  const document = new Document({
    creator: 'Qinggao 清稿',
    title: 'Qinggao 清稿',
    styles: { default: { document: { run: { font: { eastAsia: 'SimSun', ascii: 'Times New Roman' }, size: 24 } } }, paragraphStyles },
    sections: [{ children: SLOT_KINDS.map(templateParagraph) }],
  });
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(document)));
  const xml = strFromU8(files['word/document.xml']);
  const bodyStart = xml.indexOf('<w:body>') + '<w:body>'.length;
  const slots = {} as Record<SlotKind, string>;
  for (const kind of SLOT_KINDS) {
    const marker = xml.indexOf(slotMarker(kind));
    const start = Math.max(xml.lastIndexOf('<w:p>', marker), xml.lastIndexOf('<w:p ', marker));
    slots[kind] = xml.slice(start, xml.indexOf('</w:p>', marker) + '</w:p>'.length);
  }
  const names = Object.keys(files).filter((name) => name !== 'word/document.xml');
  names.sort((left, right) => Number(right === '[Content_Types].xml') - Number(left === '[Content_Types].xml'));
  const parts = names.map((name) => zipEntry(name, files[name]));
  return { parts, head: xml.slice(0, bodyStart), tail: xml.slice(xml.indexOf('<w:sectPr')), slots };
}

/** XML 1.0 forbids most control characters even escaped; they are dropped. */
function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character]!);
}

function articleXml(article: ExportArticle, first: boolean, slots: Record<SlotKind, string>): string {
  const fill = (kind: SlotKind, text: string) => slots[kind].replace(slotMarker(kind), escapeXml(text));
  const { fields } = article;
  const paragraphs = [fill(first ? 'title' : 'nextTitle', fields.title)];
  if (fields.subtitle) paragraphs.push(fill('subtitle', fields.subtitle));
  if (fields.byline) paragraphs.push(fill('byline', fields.byline));
  if (fields.dateline) paragraphs.push(fill('dateline', fields.dateline));
  for (const block of article.blocks) paragraphs.push(fill(block.type, block.text));
  if (fields.credit) paragraphs.push(fill('credit', fields.credit));
  return paragraphs.join('');
}

export async function formatDocx(articles: readonly ExportArticle[]): Promise<Uint8Array> {
  const { parts, head, tail, slots } = await (template ??= buildTemplate());
  const body = articles.map((article, index) => articleXml(article, index === 0, slots)).join('');
  // Level 1: the XML still compresses several times over, and deflate is most of the cost.
  const document = zipEntry('word/document.xml', Buffer.from(`${head}${body}${tail}`, 'utf8'), 1);
  return new Uint8Array(zipArchive([parts[0], document, ...parts.slice(1)]));
}
