// The article list shows what was saved: a headline changed in the title field reads the
// same in the list once the save lands, without opening another page first.
import { test, expect } from './fixtures';
import { ArticleListPage } from './pages/ArticleListPage';
import { WorkspacePage } from './pages/WorkspacePage';

test('a saved headline shows in the article list at once', async ({ page }) => {
  const list = new ArticleListPage(page);
  const workspace = new WorkspacePage(page);
  await list.open(0);
  await workspace.waitEditable();
  const title = workspace.root.getByTestId('field-title');
  await title.fill('改过的标题：列表随即显示');
  await workspace.waitSaved();
  await expect(list.rows.first().locator('.article-title')).toHaveText('改过的标题：列表随即显示');
});
