import { describe, expect, it } from 'vitest';
import type { PageSummary } from '../../core/model/library';
import { pageTreeLabels, type PageTreeFormat } from './page-tree-labels';

const format: PageTreeFormat = { calendarDate: (date) => `D${date}`, dateTime: (timestamp) => `T${timestamp}`, fallback: (id) => `版面 ${id}` };

function page(id: number, overrides: Partial<PageSummary>): PageSummary {
  return { id, source: `${id}.txt`, publication: null, issueDate: null, pageLabel: null, articleCount: 1, importedAt: `2026-12-0${id}T00:00:00Z`, ...overrides };
}

describe('pageTreeLabels', () => {
  it('calls a page by its label, else its file name, and adds nothing when labels differ', () => {
    const labels = pageTreeLabels([page(1, { pageLabel: '05版' }), page(2, { pageLabel: '06版' }), page(3, { source: '专刊第七版.txt' })], format);
    expect([...labels.values()]).toEqual([
      { label: '05版', detail: null },
      { label: '06版', detail: null },
      { label: '专刊第七版', detail: null },
    ]);
  });

  it('tells two 08版 of different dates apart by their dates', () => {
    const labels = pageTreeLabels([page(1, { pageLabel: '08版', issueDate: '2024-09-12' }), page(2, { pageLabel: '08版', issueDate: '2023-03-10' })], format);
    expect(labels.get(1)).toEqual({ label: '08版', detail: 'D2024-09-12' });
    expect(labels.get(2)).toEqual({ label: '08版', detail: 'D2023-03-10' });
  });

  it('tells the same date and label apart by file name, then by import time, then by id', () => {
    const sameDay = { pageLabel: '05版', issueDate: '2025-06-27' };
    const byName = pageTreeLabels([page(1, { ...sameDay, source: '法院专刊 第5版.txt' }), page(2, { ...sameDay, source: 'scan-0627-05.txt' })], format);
    expect([byName.get(1)?.detail, byName.get(2)?.detail]).toEqual(['法院专刊 第5版', 'scan-0627-05']);
    const byTime = pageTreeLabels([page(1, { ...sameDay, source: 'a.txt' }), page(2, { ...sameDay, source: 'a.txt' })], format);
    expect([byTime.get(1)?.detail, byTime.get(2)?.detail]).toEqual(['T2026-12-01T00:00:00Z', 'T2026-12-02T00:00:00Z']);
    const byId = pageTreeLabels([page(1, { ...sameDay, source: 'a.txt', importedAt: 'x' }), page(2, { ...sameDay, source: 'a.txt', importedAt: 'x' })], format);
    expect([byId.get(1)?.detail, byId.get(2)?.detail]).toEqual(['#1', '#2']);
  });
});
