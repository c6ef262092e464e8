import { test, expect } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';
import { ShellPage } from './pages/ShellPage';
import { VocabularyDialogPage } from './pages/VocabularyDialogPage';

test('adds, renames and deletes a theme; merging moves the tags', async ({ page, saveScreenshot }) => {
  const vocabulary = new VocabularyDialogPage(page);
  await new ShellPage(page).openVocabulary();
  await vocabulary.showKind('主题词表');
  await expect(vocabulary.item('党建')).toContainText('7');

  await vocabulary.add('测试主题');
  await expect(vocabulary.item('测试主题')).toBeVisible();
  await vocabulary.add('测试主题');
  await expect(vocabulary.dialog.getByRole('alert')).toContainText('已存在');

  await vocabulary.item('测试主题').click();
  await vocabulary.entry.getByLabel('新名称').fill('司法公开');
  await vocabulary.entry.getByRole('button', { name: '改名' }).click();
  await expect(vocabulary.item('司法公开')).toBeVisible();
  await expect(vocabulary.item('测试主题')).toHaveCount(0);
  await saveScreenshot('vocabulary');

  // Merging 生态保护 (one article) into 司法公开 moves its tag.
  await vocabulary.item('生态保护').click();
  await vocabulary.entry.getByLabel('已有标签改挂到').selectOption('司法公开');
  await vocabulary.entry.getByRole('button', { name: '合并到' }).click();
  await expect(vocabulary.item('生态保护')).toHaveCount(0);
  await expect(vocabulary.item('司法公开')).toContainText('1');

  await vocabulary.item('司法公开').click();
  await vocabulary.entry.getByRole('button', { name: '删除' }).click();
  await expect(vocabulary.item('司法公开')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(new LibraryPage(page).themeFilter.locator('option', { hasText: '司法公开' })).toHaveCount(0);
});

test('vocabulary import reports errors by line; export gives the content', async ({ page }) => {
  const vocabulary = new VocabularyDialogPage(page);
  await new ShellPage(page).openVocabulary();
  await vocabulary.openTransfer();
  const transfer = vocabulary.dialog.locator('.vocabulary-transfer');
  await transfer.getByLabel('词表管理').selectOption('themes');
  await transfer.getByLabel('格式').selectOption('csv');
  await transfer.getByRole('button', { name: '导出' }).click();
  await expect(transfer.getByLabel('导出')).toHaveValue(/^name,keywords\n党建,/);

  await transfer.getByPlaceholder('粘贴 JSON 或 CSV 内容，或选择文件').fill('name,keywords\n,孤词\n好主题,"甲:x"\n');
  await transfer.getByRole('button', { name: '导入', exact: true }).click();
  await expect(transfer.getByRole('alert')).toContainText('第 2 行');
  await expect(transfer.getByRole('alert')).toContainText('第 3 行');
});

test('a court shows its derived aliases marked 自动; removing one keeps it away, a typed alias stays', async ({ page }) => {
  const vocabulary = new VocabularyDialogPage(page);
  await new ShellPage(page).openVocabulary();
  await vocabulary.showKind('法院词表');
  await vocabulary.item('赤峰市克什克腾旗人民法院').click();
  const aliases = vocabulary.entry.getByRole('list', { name: '别名' });
  const chip = (alias: string) => aliases.getByRole('listitem').filter({ hasText: new RegExp(`^(自动)?${alias}×$`) });
  await expect(chip('克旗法院')).not.toContainText('自动');
  await expect(chip('克什克腾法院')).toContainText('自动');

  await vocabulary.entry.getByRole('button', { name: '删除 克什克腾法院' }).click();
  await expect(chip('克什克腾法院')).toHaveCount(0);
  await vocabulary.entry.getByLabel('添加别名').fill('达来诺日人民法庭');
  await vocabulary.entry.getByRole('button', { name: '添加别名' }).click();
  await expect(chip('达来诺日人民法庭')).not.toContainText('自动');

  // Reopening the dialog reads the vocabulary again: the removal and the typed alias are kept.
  await page.keyboard.press('Escape');
  await new ShellPage(page).openVocabulary();
  await vocabulary.showKind('法院词表');
  await vocabulary.item('赤峰市克什克腾旗人民法院').click();
  await expect(chip('达来诺日人民法庭')).toBeVisible();
  await expect(chip('克什克腾法院')).toHaveCount(0);
  await expect(chip('赤峰克什克腾旗法院')).toContainText('自动');
});
