// The page composer on the real corpus articles: page sizes, coverage, issues, reading order.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleLength } from './article';
import { checkArticleFolder, loadCourtNames } from './check-articles';
import { makeRng } from '../eval-variants/render';
import { composeSplit, groupArticles, pageArticles, withoutLastArticle } from './compose-page';
import { pageHtml } from './page-html';
import { SPLITS, splitOf } from './split';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { articles } = checkArticleFolder(path.join(repoRoot, 'corpus', 'articles'), loadCourtNames(path.resolve(repoRoot, '..', 'shared', 'data', 'nmg-courts.json')));

describe('composeSplit', () => {
  for (const split of SPLITS) {
    const own = articles.filter((article) => splitOf(article.id) === split);
    const pages = composeSplit(split, own, 2);

    it(`${split}: sets every article on two pages, 2–4 to a page or a long one alone`, () => {
      const seen = new Map<string, number>();
      for (const page of pages) {
        const onPage = pageArticles(page);
        for (const article of onPage) seen.set(article.id, (seen.get(article.id) ?? 0) + 1);
        expect(new Set(onPage.map((a) => a.id)).size).toBe(onPage.length);
        expect(onPage.length).toBeGreaterThanOrEqual(1);
        expect(onPage.length).toBeLessThanOrEqual(4);
      }
      expect([...seen.keys()].sort()).toEqual(own.map((a) => a.id).sort());
      for (const count of seen.values()) expect(count).toBe(2);
    });

    it(`${split}: pages of one issue share its date and number their pages in order`, () => {
      const issues = new Map<string, typeof pages>();
      for (const page of pages) issues.set(page.issue, [...(issues.get(page.issue) ?? []), page]);
      for (const issuePages of issues.values()) {
        expect(new Set(issuePages.map((page) => page.masthead.issueDate)).size).toBe(1);
        const numbers = issuePages.map((page) => Number(page.masthead.pageLabel.replace(/\D/gu, '')));
        numbers.forEach((n, i) => i > 0 && expect(n).toBe(numbers[i - 1] + 1));
        expect(issuePages.length).toBeLessThanOrEqual(4);
      }
    });
  }

  it('groups 2–4 articles, leaving one alone only when it is long or the last', () => {
    let longAlone = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const groups = groupArticles(articles, makeRng(`test:${seed}`));
      expect(groups.flat()).toEqual(articles);
      groups.forEach((group, index) => {
        expect(group.length).toBeLessThanOrEqual(4);
        if (group.length === 1) expect(articleLength(group[0]) >= 600 || index === groups.length - 1).toBe(true);
      });
      longAlone += groups.filter((group) => group.length === 1 && articleLength(group[0]) >= 600).length;
    }
    expect(longAlone).toBeGreaterThan(0);
  });

  it('prints the articles in reading order, each title once, and drops only the last', () => {
    const page = composeSplit('train', articles.filter((a) => splitOf(a.id) === 'train'), 1).find((p) => pageArticles(p).length >= 3);
    expect(page).toBeDefined();
    if (!page) return;
    const html = pageHtml([{ spec: page, fontSize: page.fontSize }]);
    const positions = pageArticles(page).map((article) => html.indexOf(`>${article.title.replace(/&/gu, '&amp;')}</h1>`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const smaller = withoutLastArticle(page);
    expect(pageArticles(smaller).map((a) => a.id)).toEqual(pageArticles(page).slice(0, -1).map((a) => a.id));
  });
});
