import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTemporaryLibrary, SEEDS_DIR } from './temporary-library';

describe('the demo library', () => {
  let opened: Awaited<ReturnType<typeof openTemporaryLibrary>>;
  beforeAll(async () => {
    opened = await openTemporaryLibrary();
  });
  afterAll(() => opened.dispose());

  it('dates, labels and names every seed page: nothing under 日期不详, no hash names', async () => {
    const tree = await opened.library.services!.pages.tree();
    const pages = tree.flatMap((group) => group.pages);
    expect(pages).toHaveLength(readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).length);
    expect(tree.map((group) => group.issueDate)).toEqual(['2026-01-16', '2025-06-27', '2023-03-10']);
    for (const page of pages) {
      expect(page.publication).toBe('法院专刊');
      expect(page.pageLabel).toMatch(/^\d{2}版$/);
      expect(page.source).toMatch(/^法院专刊 \d{4}年\d{1,2}月\d{1,2}日 第\d+版\.txt$/);
    }
    expect(tree[1].pages.map((page) => page.pageLabel)).toEqual(['05版', '06版', '07版']);
  });

  it('keeps what a printed masthead says: the one seed page with a masthead keeps its own date and label', async () => {
    const page = (await opened.library.services!.pages.tree()).flatMap((group) => group.pages).find((candidate) => candidate.source.includes('第5版') && candidate.issueDate === '2025-06-27')!;
    const { analysis } = await opened.library.services!.pages.get(page.id);
    expect([analysis.publication, analysis.issue_date, analysis.page_label]).toEqual(['法院专刊', '2025-06-27', '05版']);
  });
});
