// Word documents through the `docx` package (Node only, so it lives in main).
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { ExportArticle } from '../../core/export/export-article';

function articleParagraphs(article: ExportArticle, pageBreakBefore: boolean): Paragraph[] {
  const { fields } = article;
  const paragraphs: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, pageBreakBefore, children: [new TextRun(fields.title)] })];
  if (fields.subtitle) paragraphs.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(fields.subtitle)] }));
  const meta = [fields.byline, fields.dateline].filter((part): part is string => Boolean(part)).join(' ');
  if (meta) paragraphs.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: meta, color: '555555' })] }));
  for (const block of article.blocks) {
    if (block.type === 'heading') paragraphs.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(block.text)] }));
    else if (block.type === 'caption') paragraphs.push(new Paragraph({ children: [new TextRun({ text: block.text, italics: true })] }));
    else paragraphs.push(new Paragraph({ indent: { firstLine: 480 }, children: [new TextRun(block.text)] }));
  }
  if (fields.credit) paragraphs.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(fields.credit)] }));
  return paragraphs;
}

export async function formatDocx(articles: readonly ExportArticle[]): Promise<Uint8Array> {
  const document = new Document({
    creator: 'Qinggao 清稿',
    title: articles[0]?.fields.title ?? '',
    styles: { default: { document: { run: { font: { eastAsia: 'SimSun', ascii: 'Times New Roman' }, size: 24 } } } },
    sections: [{ children: articles.flatMap((article, index) => articleParagraphs(article, index > 0)) }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
