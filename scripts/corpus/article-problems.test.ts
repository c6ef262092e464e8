import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appRoot } from '../../main/app/app-root';
import { loadDefaultVocabulary } from '../../main/vocab/default-vocabulary';
import { articleProblems, type CorpusArticle } from './article-problems';

const vocabulary = loadDefaultVocabulary();
const names = { courtNames: new Set(vocabulary.courts.map((court) => court.name)), themeNames: new Set(vocabulary.themes.map((theme) => theme.name)) };
const articlesDir = path.join(appRoot(), 'corpus', 'articles');
const read = (file: string) => JSON.parse(readFileSync(path.join(articlesDir, file), 'utf8')) as CorpusArticle;

describe('corpus articles', () => {
  const files = readdirSync(articlesDir).filter((name) => name.endsWith('.json')).sort();

  it('are all usable as gold', () => {
    expect(files.length).toBeGreaterThanOrEqual(55);
    const problems = files.flatMap((file) => articleProblems(file, read(file), names).map((problem) => `${file}: ${problem}`));
    expect(problems).toEqual([]);
  });

  it('name the reason an article breaks the text rules', () => {
    const good = read('w001.json');
    const broken: CorpusArticle = {
      ...good,
      id: 'w999',
      dateline: '本报赤峰讯',
      blocks: [
        { type: 'paragraph', text: '本报赤峰讯 法官来到牧区,审理了一起纠纷。' },
        { type: 'paragraph', text: '今年已巡回审判 47 次。' },
        { type: 'paragraph', text: '（赤峰市中级人民法院供稿）' },
      ],
      courts: ['克什克腾旗法院'],
      themes: ['环保'],
    };
    expect(articleProblems('w001.json', broken, names)).toEqual([
      'id w999 does not match the file name',
      'block 0: half-width punctuation next to Chinese',
      'block 1: space between Chinese and a digit or Latin letter',
      'the first paragraph repeats the dateline',
      'closing credit left in the body: （赤峰市中级人民法院供稿）',
      'court not in the gazetteer: 克什克腾旗法院',
      'unknown theme 环保',
    ]);
  });
});
