import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../model/page-doc';
import type { Theme, Vocabulary } from '../model/vocabulary';
import themesSeed from '../../seeds/vocab/themes.json';
import { suggestThemes, tagArticle } from './suggest-tags';
import { paragraphs, testArticle } from './test-articles';
import { TEST_COURTS } from './test-courts';

const THEMES: Theme[] = [
  { name: '执行', keywords: [{ word: '执行', weight: 1.5 }, { word: '被执行人', weight: 2.5 }, { word: '失信', weight: 2 }] },
  { name: '党建', keywords: [{ word: '党建', weight: 3 }, { word: '党支部', weight: 2 }] },
  { name: '多元解纷', keywords: [{ word: '调解', weight: 2 }, { word: '诉前', weight: 1.5 }] },
  { name: '普法宣传', keywords: [{ word: '普法', weight: 3 }] },
  { name: '队伍建设', keywords: [{ word: '干警', weight: 1.5 }] },
];

function article(title: string, texts: string[], headings: string[] = []): ArticleDoc {
  return testArticle({ title, blocks: [...paragraphs(texts), ...headings.map((text) => ({ type: 'heading' as const, text }))] });
}

const names = (doc: ArticleDoc, themes: Theme[] = THEMES) => suggestThemes(doc, themes).map((suggestion) => suggestion.name);

describe('suggestThemes', () => {
  it('puts the theme of the headline first even when the body talks more of another', () => {
    const doc = article('党建引领促发展', ['干警开展调解工作，调解纠纷，诉前调解成功。']);
    expect(names(doc)[0]).toBe('党建');
  });

  it('suggests at most three themes, best first, with evidence', () => {
    const doc = article('执行攻坚', ['被执行人被列入失信名单。党支部组织干警调解，普法宣传同步开展，诉前调解。']);
    const suggestions = suggestThemes(doc, THEMES);
    expect(suggestions.length).toBeLessThanOrEqual(3);
    expect(suggestions[0]).toMatchObject({ type: 'theme', name: '执行' });
    expect(suggestions[0].evidence[0]).toEqual({ phrase: '执行', place: 'title', block: null });
    expect(suggestions.map((suggestion) => suggestion.score)).toEqual([...suggestions.map((suggestion) => suggestion.score)].sort((left, right) => right - left));
  });

  it('suggests one theme whenever any keyword occurs, and none otherwise', () => {
    expect(names(article('春天来了', ['草长莺飞，一位干警在路上。']))).toEqual(['队伍建设']);
    expect(names(article('春天来了', ['草长莺飞。']))).toEqual([]);
  });

  it('weighs headings above body paragraphs', () => {
    const doc = article('工作纪实', ['今年以来，各项工作有序推进。', '普法活动走进社区。'], ['调解化纠纷']);
    expect(names(doc)[0]).toBe('多元解纷');
  });

  it('recognises the seeded lexicons on everyday court news', () => {
    const seeded = themesSeed as Theme[];
    const cases: [string, string[], string][] = [
      ['严厉打击拒执行为', ['法院对被执行人采取司法拘留措施，查封其名下房产，执行到位款项50万元。'], '执行'],
      ['“枫桥式”调解暖人心', ['法官在诉前调解中耐心释法，双方握手言和，纠纷实质性化解。'], '多元解纷'],
      ['法治进校园 护航助成长', ['法官走进学校为学生讲授法治课，提醒未成年人防范校园欺凌。'], '未成年人保护'],
      ['守护绿水青山', ['法院审理一起非法占用农用地案件，判令被告补植复绿，修复草原生态。'], '生态保护'],
      ['以案为鉴筑牢廉洁防线', ['全院干警接受警示教育，严守八项规定精神，推进全面从严治党。'], '党风廉政'],
      ['数字赋能提质效', ['法院推行电子卷宗随案同步生成，借助在线诉讼平台开庭，智慧法院建设再上台阶。'], '智慧法院'],
      // Cards and leaflets that explain the law to farmers and herders are legal outreach.
      ['法律明白卡送到农家', ['干警走进农户家中，讲解卡片上的法律常识和法官联系方式。'], '普法宣传'],
    ];
    for (const [title, paragraphs, expected] of cases) expect(names(article(title, paragraphs), seeded)[0]).toBe(expected);
    // A circuit trial is a trial, and it brings the court to the litigant: a litigation service (司法便民) too.
    const circuit = names(article('巡回审判进山乡', ['法官带着卷宗来到村里，就地开庭审理一起借款纠纷，省去当事人往返奔波。']), seeded);
    expect(circuit.slice(0, 3)).toContain('诉讼服务');
  });
});

describe('tagArticle', () => {
  it('fills courts and themes as the gold format does', () => {
    const vocabulary: Vocabulary = { courts: TEST_COURTS, themes: THEMES };
    const tags = tagArticle(article('翁牛特旗法院执行攻坚', ['翁牛特旗人民法院开展集中执行，被执行人履行义务。']), vocabulary);
    expect(tags.courts).toEqual(['赤峰市翁牛特旗人民法院']);
    expect(tags.themes[0]).toBe('执行');
    expect(tags.suggestions.map((suggestion) => suggestion.type)).toContain('court');
  });
});
