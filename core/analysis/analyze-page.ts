import type { PageAnalysis, NormalizationRuleId } from '../model/page-analysis';
import type { Vocabulary } from '../model/vocabulary';

export interface AnalyzeOptions {
  /** File name recorded as `source`. */
  source?: string;
  /** When given, each article gets suggested courts and themes. */
  vocabulary?: Vocabulary;
  /** Switch normalization rules off (all are on by default). */
  normalization?: Partial<Record<NormalizationRuleId, boolean>>;
}

// Placeholder until the text engine lands (issue 3): one article, every line a paragraph.
export function analyzePage(raw: string, options: AnalyzeOptions = {}): PageAnalysis {
  const lines = raw.split(/\r\n|\r|\n/).map((text, index) => ({ index, text }));
  const body = lines.filter((line) => line.text.trim() !== '');
  return {
    source: options.source ?? '',
    publication: null,
    issue_date: null,
    page_label: null,
    furniture: [],
    articles: body.length
      ? [
          {
            title: body[0].text.trim(),
            subtitle: null,
            byline: null,
            dateline: null,
            credit: null,
            blocks: body.slice(1).map((line) => ({ type: 'paragraph' as const, text: line.text.trim(), lines: [line.index] })),
            courts: [],
            themes: [],
            lines: body.map((line) => line.index),
          },
        ]
      : [],
    lines,
    placements: [],
    breaks: [],
    flags: [],
    normalization: [],
    moves: [],
  };
}
