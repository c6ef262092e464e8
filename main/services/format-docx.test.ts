import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ExportArticle } from '../../core/export/export-article';
import { formatDocx } from './format-docx';

const article: ExportArticle = {
  id: 1,
  pageId: 1,
  ordinal: 0,
  fields: { title: '标题甲', subtitle: '副题甲', byline: '记者 王某', dateline: '本报呼和浩特讯', credit: '（供稿：某法院）' },
  blocks: [
    { type: 'paragraph', text: '正文第一段。' },
    { type: 'heading', text: '小标题一' },
    { type: 'paragraph', text: '正文第二段。' },
    { type: 'heading', text: '小标题二' },
    { type: 'caption', text: '图为庭审现场。' },
    { type: 'paragraph', text: '正文第三段。' },
  ],
  courts: [],
  themes: [],
  suggestedCourts: [],
  suggestedThemes: [],
  status: 'proofread',
  revision: 1,
  publication: '法院专刊',
  issueDate: '2024-09-12',
  pageLabel: '08版',
  source: 'seed.txt',
};
const second: ExportArticle = { ...article, id: 2, fields: { title: '标题乙', subtitle: null, byline: null, dateline: null, credit: null }, blocks: [{ type: 'paragraph', text: '乙文正文。' }] };

/** Each paragraph of word/document.xml as its text and the style it names. */
function paragraphsOf(documentXml: string) {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([xml]) => ({
    text: [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''),
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(xml)?.[1] ?? null,
    directRunFormatting: /<w:r>\s*<w:rPr>/.test(xml),
  }));
}

describe('formatDocx', () => {
  it('gives every paragraph a named style that styles.xml defines, and nothing else to restyle', async () => {
    const files = unzipSync(await formatDocx([article, second]));
    const paragraphs = paragraphsOf(strFromU8(files['word/document.xml']));
    const stylesXml = strFromU8(files['word/styles.xml']);
    expect(paragraphs.map(({ text, style }) => [text, style])).toEqual([
      ['标题甲', 'Title'],
      ['副题甲', 'Subtitle'],
      ['记者 王某', 'Byline'],
      ['本报呼和浩特讯', 'Dateline'],
      ['正文第一段。', 'BodyText'],
      ['小标题一', 'Heading2'],
      ['正文第二段。', 'BodyText'],
      ['小标题二', 'Heading2'],
      ['图为庭审现场。', 'Caption'],
      ['正文第三段。', 'BodyText'],
      ['（供稿：某法院）', 'Credit'],
      ['标题乙', 'Title'],
      ['乙文正文。', 'BodyText'],
    ]);
    expect(paragraphs.filter((paragraph) => paragraph.directRunFormatting)).toEqual([]);
    for (const style of new Set(paragraphs.map((paragraph) => paragraph.style))) {
      const definitions = stylesXml.match(new RegExp(`<w:style w:type="paragraph"[^>]*w:styleId="${style}"`, 'g')) ?? [];
      expect(definitions, `style ${style}`).toHaveLength(1);
    }
    expect(stylesXml).toMatch(/w:styleId="Byline"[^>]*>\s*<w:name w:val="署名 Byline"\/>/);
  });
});
