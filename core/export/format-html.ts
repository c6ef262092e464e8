import type { ExportArticle } from './export-article';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);
}

const STYLE = `
  body { font-family: "Songti SC", "SimSun", "Noto Serif CJK SC", serif; line-height: 1.9; max-width: 40em; margin: 2em auto; padding: 0 1em; color: #222; }
  article { margin-bottom: 3em; }
  article + article { break-before: page; }
  h1 { font-family: "Heiti SC", "SimHei", "Noto Sans CJK SC", sans-serif; font-size: 1.6em; line-height: 1.4; margin: 0 0 .3em; }
  .subtitle { font-size: 1.1em; margin: 0 0 .8em; }
  .meta, .byline, .credit { color: #555; font-size: .9em; }
  .meta .suggested { border: 1px dashed #999; padding: 0 .3em; color: #777; }
  p { text-indent: 2em; margin: .4em 0; }
  h2 { font-size: 1.15em; margin: 1.2em 0 .4em; }
  .caption { text-indent: 0; font-size: .9em; color: #444; font-family: "Kaiti SC", "KaiTi", serif; }
  @media print { body { margin: 0; max-width: none; } }
`;

export function articleHtml(article: ExportArticle): string {
  const { fields } = article;
  const meta = [article.publication, article.issueDate, article.pageLabel, ...article.courts, ...article.themes]
    .filter((part): part is string => Boolean(part))
    .map(escapeHtml)
    .concat([...article.suggestedCourts, ...article.suggestedThemes].map((name) => `<span class="suggested" title="建议标签，未确认">建议·${escapeHtml(name)}</span>`));
  const blocks = article.blocks.map((block) =>
    block.type === 'heading' ? `<h2>${escapeHtml(block.text)}</h2>` : block.type === 'caption' ? `<p class="caption">${escapeHtml(block.text)}</p>` : `<p>${escapeHtml(block.text)}</p>`,
  );
  return [
    '<article>',
    `<h1>${escapeHtml(fields.title)}</h1>`,
    fields.subtitle ? `<p class="subtitle">${escapeHtml(fields.subtitle)}</p>` : '',
    meta.length ? `<p class="meta">${meta.join(' · ')}</p>` : '',
    fields.byline || fields.dateline ? `<p class="byline">${escapeHtml([fields.byline, fields.dateline].filter(Boolean).join(' '))}</p>` : '',
    ...blocks,
    fields.credit ? `<p class="credit">${escapeHtml(fields.credit)}</p>` : '',
    '</article>',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/** A standalone page: no scripts, no external resources. */
export function formatHtml(articles: readonly ExportArticle[], title: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${articles.map(articleHtml).join('\n')}
</body>
</html>
`;
}
