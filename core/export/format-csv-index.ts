import type { ExportArticle } from './export-article';

const COLUMNS = ['id', 'issue_date', 'page_label', 'ordinal', 'title', 'subtitle', 'byline', 'courts', 'themes', 'suggested_courts', 'suggested_themes', 'status', 'revision', 'characters', 'file'] as const;

// Cells starting with = + - @ are prefixed with ' so a spreadsheet never runs them as formulas.
function cell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The batch index, with a BOM so Excel opens it as UTF-8. */
export function formatCsvIndex(rows: readonly { article: ExportArticle; file: string }[]): string {
  const lines = rows.map(({ article, file }) =>
    [
      article.id,
      article.issueDate,
      article.pageLabel,
      article.ordinal + 1,
      article.fields.title,
      article.fields.subtitle,
      article.fields.byline,
      article.courts.join('；'),
      article.themes.join('；'),
      article.suggestedCourts.join('；'),
      article.suggestedThemes.join('；'),
      article.status,
      article.revision,
      article.blocks.reduce((sum, block) => sum + Array.from(block.text).length, 0),
      file,
    ]
      .map(cell)
      .join(','),
  );
  return `\uFEFF${[COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
}
