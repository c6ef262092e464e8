import { describe, expect, it } from 'vitest';
import type { ExportArticle } from './export-article';
import { formatHtml } from './format-html';
import { formatMarkdown } from './format-markdown';
import { formatCsvIndex } from './format-csv-index';

const article: ExportArticle = {
  id: 1,
  pageId: 1,
  ordinal: 0,
  fields: { title: '<script>alert(1)</script>标题', subtitle: '——副题 & "引号"', byline: null, dateline: null, credit: '（供稿）' },
  blocks: [
    { type: 'heading', text: '# 小标题' },
    { type: 'paragraph', text: '正文 <b>不是标记</b>。' },
    { type: 'caption', text: '图为现场。张三 摄' },
  ],
  courts: ['某某人民法院'],
  themes: ['党建'],
  suggestedCourts: [],
  suggestedThemes: [],
  status: 'proofread',
  revision: 3,
  publication: null,
  issueDate: '2025-06-27',
  pageLabel: '05版',
  source: 'a.txt',
};

describe('pure export formatters', () => {
  it('html escapes everything and loads nothing from outside', () => {
    const html = formatHtml([article], 'x<y');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;标题');
    expect(html).toContain('——副题 &amp; &quot;引号&quot;');
    expect(html).toContain('<title>x&lt;y</title>');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/src=|href=/);
  });

  it('markdown front matter is valid quoted YAML and the body keeps words without acting as markup', () => {
    const markdown = formatMarkdown(article);
    expect(markdown.startsWith('---\ntitle: "<script>alert(1)</script>标题"\n')).toBe(true);
    expect(markdown).toContain('issue_date: "2025-06-27"');
    expect(markdown).toContain('courts: ["某某人民法院"]');
    expect(markdown).toContain('## \\# 小标题');
  });

  it('csv index neutralizes formulas and opens as UTF-8', () => {
    const csv = formatCsvIndex([{ article: { ...article, fields: { ...article.fields, title: '=HYPERLINK("x")' } }, file: 'a.txt' }]);
    expect(csv.startsWith('\uFEFFid,issue_date')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
