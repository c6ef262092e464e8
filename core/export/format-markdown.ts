import type { ExportArticle } from './export-article';

function yamlString(value: string): string {
  return JSON.stringify(value);
}

function yamlList(values: readonly string[]): string {
  return `[${values.map(yamlString).join(', ')}]`;
}

/** Markdown with YAML front matter (values JSON-quoted: always valid YAML). */
export function formatMarkdown(article: ExportArticle): string {
  const { fields } = article;
  const front = [
    '---',
    `title: ${yamlString(fields.title)}`,
    ...(fields.subtitle ? [`subtitle: ${yamlString(fields.subtitle)}`] : []),
    ...(fields.byline ? [`byline: ${yamlString(fields.byline)}`] : []),
    ...(fields.dateline ? [`dateline: ${yamlString(fields.dateline)}`] : []),
    ...(fields.credit ? [`credit: ${yamlString(fields.credit)}`] : []),
    `publication: ${article.publication === null ? 'null' : yamlString(article.publication)}`,
    `issue_date: ${article.issueDate === null ? 'null' : yamlString(article.issueDate)}`,
    `page_label: ${article.pageLabel === null ? 'null' : yamlString(article.pageLabel)}`,
    `courts: ${yamlList(article.courts)}`,
    `themes: ${yamlList(article.themes)}`,
    ...(article.suggestedCourts.length ? [`suggested_courts: ${yamlList(article.suggestedCourts)}`] : []),
    ...(article.suggestedThemes.length ? [`suggested_themes: ${yamlList(article.suggestedThemes)}`] : []),
    `status: ${article.status}`,
    `revision: ${article.revision}`,
    '---',
  ];
  const body = article.blocks.map((block) => (block.type === 'heading' ? `## ${escapeMarkdown(block.text)}` : block.type === 'caption' ? `*${escapeMarkdown(block.text)}*` : escapeMarkdown(block.text)));
  return [...front, '', `# ${escapeMarkdown(fields.title)}`, '', ...(fields.subtitle ? [escapeMarkdown(fields.subtitle), ''] : []), ...body.flatMap((line) => [line, '']), ...(fields.credit ? [escapeMarkdown(fields.credit), ''] : [])].join('\n');
}

/** Markdown markup at a line start (#, >, -, digits+.) and inline * _ ` would change the text's meaning. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1').replace(/^(#|>|-|\+|\d+\.)/, '\\$1');
}

export function formatMarkdowns(articles: readonly ExportArticle[]): string {
  return articles.map(formatMarkdown).join('\n');
}
