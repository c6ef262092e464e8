import type { Page } from '@playwright/test';
import { ArticleListPage } from './ArticleListPage';
import { LibraryPage } from './LibraryPage';
import { WorkspacePage } from './WorkspacePage';

/** Opens article `index` of the seed page `source` and waits until its editor takes keys: the start of most editor walks. */
export async function openEditable(page: Page, source: string, index: number): Promise<WorkspacePage> {
  const workspace = new WorkspacePage(page);
  await new LibraryPage(page).openPage(source);
  await new ArticleListPage(page).open(index);
  await workspace.waitEditable();
  return workspace;
}
