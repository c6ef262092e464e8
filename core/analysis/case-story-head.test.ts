import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze-page';
import { page } from './test-support/page-lines';

// A case story's head over its first bracketed section (【案情】) opens the story, set on two lines, at the top of a
// page set one line per paragraph. An excerpt of a text layout of a development-set article.
describe('a case story\'s head over 【案情】', () => {
  it('opens the page\'s first article when set over two lines, a phrase and the question', () => {
    const raw = page(
      '好心捎带同村人出了车祸',
      '司机要担责吗？',
      '',
      '【案情】',
      '',
      '2024年12月，乌兰察布市化德县村民高某驾驶自家小轿车去县城办事，同村的李某在路边招手搭车，高某让其免费搭乘。途中因路面结冰，车辆侧滑撞上护栏，李某受伤住院。',
      '',
      '【说法】',
      '',
      '化德县人民法院经审理认为，高某无偿搭载李某，属于好意同乘，应当减轻其赔偿责任。',
    );
    const [article] = analyzePage(raw).articles;
    expect(article.title).toBe('好心捎带同村人出了车祸 司机要担责吗？');
    expect(article.blocks[0]).toMatchObject({ type: 'heading', text: '【案情】' });
  });
});
