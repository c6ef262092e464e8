import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultVocabularyDir, loadDefaultVocabulary } from './default-vocabulary';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('loadDefaultVocabulary', () => {
  it('loads the seeded courts and the fifteen themes', () => {
    const vocabulary = loadDefaultVocabulary();
    expect(vocabulary.courts.length).toBeGreaterThan(100);
    expect(vocabulary.courts[0].name).toBe('内蒙古自治区高级人民法院');
    expect(vocabulary.themes.map((theme) => theme.name)).toEqual([
      '党建', '审判', '执行', '诉讼服务', '多元解纷', '普法宣传', '智慧法院', '民族团结', '营商环境', '生态保护', '未成年人保护', '队伍建设', '党风廉政', '基层治理', '法院文化',
    ]);
    for (const theme of vocabulary.themes) expect(theme.keywords.length).toBeGreaterThanOrEqual(10);
  });

  it('reads from an explicit folder and refuses an invalid seed', () => {
    const folder = mkdtempSync(join(tmpdir(), 'qinggao-vocab-'));
    folders.push(folder);
    copyFileSync(join(defaultVocabularyDir(), 'courts.json'), join(folder, 'courts.json'));
    writeFileSync(join(folder, 'themes.json'), JSON.stringify([{ name: '执行', keywords: [{ word: '执行', weight: 2 }] }]));
    expect(loadDefaultVocabulary(folder).themes).toEqual([{ name: '执行', keywords: [{ word: '执行', weight: 2 }] }]);
    writeFileSync(join(folder, 'themes.json'), JSON.stringify([{ name: '执行', keywords: [{ word: '执行', weight: -1 }] }]));
    expect(() => loadDefaultVocabulary(folder)).toThrow(/themes\.json:1/);
  });
});
