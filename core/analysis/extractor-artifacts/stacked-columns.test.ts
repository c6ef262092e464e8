import { describe, expect, it } from 'vitest';
import { assignColumns, pairBonus } from './column-assignment';
import { columnPiece } from './column-piece';
import { pairsWithinLines } from '../pairs-within-lines';
import { splitPlainMergedColumns } from './plain-merged-columns';

// Plain pdftotext writes a block of columns row by row, top to bottom. Two articles set one over
// the other, each across the same two columns, come out as one block when no blank line parts them.

const PER_LINE = 12;

/** A paragraph wrapped as a column sets it: the first line short by its indent (which plain pdftotext drops). */
function wrap(paragraph: string): string[] {
  const lines = [paragraph.slice(0, PER_LINE - 1)];
  for (let index = PER_LINE - 1; index < paragraph.length; index += PER_LINE) lines.push(paragraph.slice(index, index + PER_LINE));
  return lines;
}

/** An article's lines over two columns, merged row by row with one space as pdftotext writes them. */
function twoColumns(lines: readonly string[]): string[] {
  const half = Math.ceil(lines.length / 2);
  const left = lines.slice(0, half);
  const right = lines.slice(half);
  return left.map((line, row) => (right[row] ? `${line} ${right[row]}` : line));
}

const UPPER = [
  '本报讯 近日，某旗人民法院审结一起草场承包合同纠纷案，依法判决被告按约定支付承包费并承担违约责任。',
  '原告与被告于二〇二一年签订草场承包合同，约定承包期限五年，承包费每年年底前一次付清。合同履行两年后，被告以草场退化为由拒付承包费，原告遂诉至法院。',
  '法院审理认为，双方签订的合同合法有效，被告未提供证据证明草场退化系原告所致，其拒付承包费的理由不能成立。',
];
const LOWER = [
  '本报讯 为方便牧区群众诉讼，某县人民法院在全县八个苏木镇设立巡回审判点，每月定期开庭。',
  '今年以来，巡回审判点共审结各类案件一百二十余件，调解撤诉率超过六成，群众往返法院的路程平均缩短七十公里。',
  '该院还在巡回审判点开展普法宣传，发放蒙汉双语宣传册两千余份，解答群众法律咨询三百余人次。',
];
const UPPER_CREDIT = '（某旗法院 王敏）';

const flat = (text: string) => text.replace(/[\s\u3000]/gu, '');

describe('two articles set one over the other in one block of columns', () => {
  const upper = [...UPPER.flatMap(wrap), UPPER_CREDIT];
  const lower = LOWER.flatMap(wrap);
  const block = [...twoColumns(upper), ...twoColumns(lower)];

  it('are cut after the upper one’s credit, and each is read column by column', () => {
    const { lines } = splitPlainMergedColumns(block);
    const read = lines.join('\n');
    const cut = lines.indexOf('');
    expect(cut).toBeGreaterThan(0);
    expect(flat(lines.slice(0, cut).join(''))).toBe(flat(UPPER.join('') + UPPER_CREDIT));
    expect(flat(lines.slice(cut).join(''))).toBe(flat(LOWER.join('')));
    expect(read).toContain(UPPER_CREDIT);
  });

  it('are not cut where a bracket closes an item of a list', () => {
    // A court in brackets after each item's title is no credit: it stands after a title, not alone.
    const list = ['1.微电影《雪原上的判决书》（某旗人民法院）', '2.摄影作品《巡回路上》（某县人民法院）'].flatMap(wrap);
    expect(splitPlainMergedColumns([...twoColumns([...UPPER.flatMap(wrap), ...list]), ...twoColumns(lower)]).lines).not.toContain('');
  });
});

describe('which column a line reads on from', () => {
  it('is the one whose last character the page pairs with its first elsewhere inside its lines', () => {
    // Two columns each left a sentence open; the next line stands alone. Its first character pairs
    // with the second column's last as the page writes them elsewhere (拒|绝 in `拒绝履行`).
    const texts = ['赵某以价格上涨为由拒 依照法律规定，法院判', '绝履行合同，构成违约。', '决赵某双倍返还定金。', '赵某拒绝履行，法院判决支持原告诉讼请求。'];
    const pieces = [
      { ...columnPiece('赵某以价格上涨为由拒', 10), line: 0 },
      { ...columnPiece('依照法律规定，法院判', 10), line: 0 },
      { ...columnPiece('决赵某双倍返还定金。', 10), line: 1 },
      { ...columnPiece('绝履行合同，构成违约。', 10), line: 2 },
    ];
    const pairSeen = pairsWithinLines(texts);
    expect(pairSeen('拒', '绝')).toBe(true);
    expect(pairSeen('拒', '决')).toBe(false);
    // Without pairs both readings cost the same and the first column takes the line below.
    expect(assignColumns(pieces, 2, 0, null).columns).toEqual([0, 1, 0, 1]);
    expect(assignColumns(pieces, 2, 0, pairBonus(pairSeen)).columns).toEqual([0, 1, 1, 0]);
  });
});
