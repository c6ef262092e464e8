import type { ArticleDoc, PageDoc } from '../../model/page-doc';

/** A small deterministic PRNG (mulberry32), so generated pages are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

// Two-character words of court reporting, free of the function words a headline never has.
const WORDS = '审判 执行 调解 立案 诉讼 法官 干警 群众 纠纷 案件 司法 服务 基层 社会 治理 法治 宣传 工作 机制 质效 保障 权益 企业 发展 推进 落实 创新 完善 提升 强化 深化 融合 团队 支部 党员 队伍 建设 人民 公平 正义 效率 营商 环境 生态 保护 民族 团结 文化 品牌 阵地 平台 线上 线下 巡回 联动 协同 多元 化解 源头 实质 标准 规范 流程 制度 考核 监督 管理'.split(' ');
const PLACES = ['赤峰', '包头', '鄂尔多斯', '呼伦贝尔', '乌兰察布', '锡林郭勒', '通辽', '巴彦淖尔'];
const NAMES = ['王雅妮', '倪慧', '宋宏颖', '张丽', '李鑫', '郭成', '屠凤阳', '高泽阳'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function phrase(random: () => number, words: number): string {
  let text = '';
  for (let index = 0; index < words; index++) text += pick(random, WORDS);
  return text;
}

function sentence(random: () => number): string {
  const clauses = 1 + Math.floor(random() * 3);
  const parts: string[] = [];
  for (let index = 0; index < clauses; index++) parts.push(phrase(random, 2 + Math.floor(random() * 4)));
  return `${parts.join(pick(random, ['，', '，', '、', '；']))}。`;
}

export function generateParagraph(random: () => number, lead = ''): string {
  const sentences = 2 + Math.floor(random() * 5);
  let text = lead;
  for (let index = 0; index < sentences; index++) text += sentence(random);
  return text;
}

/**
 * A page of known articles: titles of two phrases, optional subtitle/byline/credit, section heads
 * and paragraphs. Every article after the first is marked as a new article by what print uses:
 * a subtitle or byline under its headline, or a credit closing the article before.
 */
export function generatePage(random: () => number, articles: number): PageDoc {
  const docs: ArticleDoc[] = [];
  for (let articleIndex = 0; articleIndex < articles; articleIndex++) {
    const place = pick(random, PLACES);
    const court = `${place}市${pick(random, ['中级', '新城区', '东河区'])}人民法院`;
    const blocks: ArticleDoc['blocks'] = [{ type: 'paragraph', text: generateParagraph(random, `近日，${court}`) }];
    // Section heads come in sets, none or two and more: a head alone in an article is the next one's headline (lone-head.ts).
    const sections = [0, 2, 3][Math.floor(random() * 3)];
    for (let section = 0; section <= sections; section++) {
      if (section > 0) blocks.push({ type: 'heading', text: `${phrase(random, 2)} ${phrase(random, 3)}` });
      const paragraphs = 1 + Math.floor(random() * 3);
      for (let index = 0; index < paragraphs; index++) blocks.push({ type: 'paragraph', text: generateParagraph(random) });
    }
    const previous = docs[docs.length - 1];
    let byline = random() < 0.6 ? `本报记者●${pick(random, NAMES)}` : null;
    const subtitle = random() < 0.5 ? `——${court}${phrase(random, 2)}工作纪实` : null;
    if (previous && !previous.credit && !subtitle && !byline) byline = `本报通讯员●${pick(random, NAMES)}`;
    docs.push({
      title: `${phrase(random, 3)} ${phrase(random, 3)}`,
      subtitle,
      byline,
      dateline: null,
      credit: random() < 0.5 ? `（${court}供稿）` : null,
      blocks,
      courts: [],
      themes: [],
    });
  }
  return { source: 'generated', publication: null, issue_date: null, page_label: null, furniture: [], articles: docs };
}
