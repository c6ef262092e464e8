// What the issue tree calls each 版面. Its page label (05版) where the masthead
// or the demo metadata gave one, else its file name. Two pages with the same
// label side by side (a page imported twice, two issues' pages without a date)
// also get what tells them apart: their date, file name, import time or, last, id.
import type { PageSummary } from '../../core/model/library';

export interface PageTreeLabel {
  label: string;
  /** Shown beside the label only when another page in view has the same label. */
  detail: string | null;
}

export interface PageTreeFormat {
  calendarDate: (date: string) => string;
  dateTime: (timestamp: string) => string;
  fallback: (id: number) => string;
}

export function fileStem(source: string): string {
  return source.replace(/\.[^.]+$/, '');
}

function labelOf(page: PageSummary, format: PageTreeFormat): string {
  return page.pageLabel ?? (fileStem(page.source).trim() || format.fallback(page.id));
}

/** Ways to tell pages apart, most telling first. */
const DISTINGUISHERS: ReadonlyArray<(page: PageSummary, format: PageTreeFormat, label: string) => string | null> = [
  (page, format) => (page.issueDate ? format.calendarDate(page.issueDate) : null),
  (page, _format, label) => (fileStem(page.source) !== label ? fileStem(page.source) : null),
  (page, format) => format.dateTime(page.importedAt),
];

/** Labels for the pages shown together (one issue's pages), by page id. */
export function pageTreeLabels(pages: readonly PageSummary[], format: PageTreeFormat): Map<number, PageTreeLabel> {
  const byLabel = new Map<string, PageSummary[]>();
  for (const page of pages) {
    const label = labelOf(page, format);
    byLabel.set(label, [...(byLabel.get(label) ?? []), page]);
  }
  const labels = new Map<number, PageTreeLabel>();
  for (const [label, sharing] of byLabel) {
    if (sharing.length === 1) {
      labels.set(sharing[0].id, { label, detail: null });
      continue;
    }
    const telling = DISTINGUISHERS.map((distinguish) => sharing.map((page) => distinguish(page, format, label))).find(
      (details) => details.every((detail) => detail !== null) && new Set(details).size === details.length,
    );
    sharing.forEach((page, index) => labels.set(page.id, { label, detail: telling?.[index] ?? `#${page.id}` }));
  }
  return labels;
}
