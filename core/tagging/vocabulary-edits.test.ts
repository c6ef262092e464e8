import { describe, expect, it } from 'vitest';
import type { Vocabulary } from '../model/vocabulary';
import { applyVocabularyEdit, parseVocabularyEdit, reassignTags, type VocabularyEditResult } from './vocabulary-edits';

const vocabulary: Vocabulary = {
  courts: [
    { name: '赤峰市中级人民法院', level: 'intermediate', parent: null, region: '赤峰市', aliases: ['赤峰中院'] },
    { name: '赤峰市红山区人民法院', level: 'basic', parent: '赤峰市中级人民法院', region: '赤峰市', aliases: ['红山区法院'] },
    { name: '红山法院', level: 'basic', parent: '赤峰市中级人民法院', region: '赤峰市', aliases: ['红山人民法院'] },
  ],
  themes: [
    { name: '执行', keywords: [{ word: '执行', weight: 1 }] },
    { name: '执行工作', keywords: [{ word: '执行', weight: 2 }, { word: '失信', weight: 1 }] },
  ],
};

function expectOk(result: VocabularyEditResult) {
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('vocabulary edits', () => {
  it('adds a court, refusing a name or alias another court answers to', () => {
    const added = expectOk(applyVocabularyEdit(vocabulary, { op: 'add-court', court: { name: '赤峰市松山区人民法院', level: 'basic', parent: '赤峰市中级人民法院', region: '赤峰市', aliases: ['松山区法院'] } }));
    expect(added.vocabulary.courts).toHaveLength(4);
    expect(applyVocabularyEdit(vocabulary, { op: 'add-court', court: { name: '某法院', level: 'basic', parent: null, region: null, aliases: ['赤峰中院'] } })).toMatchObject({ ok: false });
    expect(applyVocabularyEdit(vocabulary, { op: 'add-court', court: { name: '某法院', level: 'basic', parent: '没有这个法院', region: null, aliases: [] } })).toMatchObject({ ok: false });
    expect(vocabulary.courts).toHaveLength(3);
  });

  it('renames a court: children follow it and the old name stays as an alias', () => {
    const result = expectOk(applyVocabularyEdit(vocabulary, { op: 'rename', kind: 'court', from: '赤峰市中级人民法院', to: '内蒙古自治区赤峰市中级人民法院' }));
    const renamed = result.vocabulary.courts[0];
    expect(renamed.name).toBe('内蒙古自治区赤峰市中级人民法院');
    expect(renamed.aliases).toEqual(['赤峰中院', '赤峰市中级人民法院']);
    expect(result.vocabulary.courts.slice(1).map((court) => court.parent)).toEqual(['内蒙古自治区赤峰市中级人民法院', '内蒙古自治区赤峰市中级人民法院']);
    expect(result.reassignments).toEqual([{ kind: 'court', from: '赤峰市中级人民法院', to: '内蒙古自治区赤峰市中级人民法院' }]);
  });

  it('adds an alias unless another court already answers to it', () => {
    const result = expectOk(applyVocabularyEdit(vocabulary, { op: 'add-alias', court: '赤峰市中级人民法院', alias: '赤峰市中院' }));
    expect(result.vocabulary.courts[0].aliases).toEqual(['赤峰中院', '赤峰市中院']);
    expect(applyVocabularyEdit(vocabulary, { op: 'add-alias', court: '赤峰市中级人民法院', alias: '红山区法院' })).toMatchObject({ ok: false });
  });

  it('merge keeps article tags: aliases are united and the mapping moves the tags', () => {
    const result = expectOk(applyVocabularyEdit(vocabulary, { op: 'merge', kind: 'court', from: '红山法院', into: '赤峰市红山区人民法院' }));
    expect(result.vocabulary.courts.map((court) => court.name)).toEqual(['赤峰市中级人民法院', '赤峰市红山区人民法院']);
    expect(result.vocabulary.courts[1].aliases).toEqual(['红山区法院', '红山法院', '红山人民法院']);
    const articleTags = ['红山法院', '赤峰市中级人民法院'];
    expect(reassignTags(articleTags, 'court', result.reassignments)).toEqual(['赤峰市红山区人民法院', '赤峰市中级人民法院']);
    expect(reassignTags(['红山法院', '赤峰市红山区人民法院'], 'court', result.reassignments)).toEqual(['赤峰市红山区人民法院']);
  });

  it('merge turns the merged court’s derived forms into listed aliases of the other', () => {
    const derived: Vocabulary = { ...vocabulary, courts: vocabulary.courts.map((court) => (court.name === '红山法院' ? { ...court, derivedAliases: ['赤峰红山法院'] } : court)) };
    const result = expectOk(applyVocabularyEdit(derived, { op: 'merge', kind: 'court', from: '红山法院', into: '赤峰市红山区人民法院' }));
    expect(result.vocabulary.courts[1].aliases).toEqual(['红山区法院', '红山法院', '红山人民法院', '赤峰红山法院']);
  });

  it('merges theme keywords, keeping the larger weight', () => {
    const result = expectOk(applyVocabularyEdit(vocabulary, { op: 'merge', kind: 'theme', from: '执行工作', into: '执行' }));
    expect(result.vocabulary.themes).toEqual([{ name: '执行', keywords: [{ word: '执行', weight: 2 }, { word: '失信', weight: 1 }] }]);
    expect(reassignTags(['执行工作'], 'theme', result.reassignments)).toEqual(['执行']);
  });

  it('deletes with a reassignment target, or drops the tags without one', () => {
    const moved = expectOk(applyVocabularyEdit(vocabulary, { op: 'delete', kind: 'theme', name: '执行工作', reassignTo: '执行' }));
    expect(reassignTags(['执行工作'], 'theme', moved.reassignments)).toEqual(['执行']);
    const dropped = expectOk(applyVocabularyEdit(vocabulary, { op: 'delete', kind: 'court', name: '赤峰市中级人民法院', reassignTo: null }));
    expect(reassignTags(['赤峰市中级人民法院'], 'court', dropped.reassignments)).toEqual([]);
    expect(dropped.vocabulary.courts.map((court) => court.parent)).toEqual([null, null]);
    expect(applyVocabularyEdit(vocabulary, { op: 'delete', kind: 'court', name: '赤峰市中级人民法院', reassignTo: '不存在' })).toMatchObject({ ok: false });
  });

  it('parses edits arriving at the API boundary', () => {
    expect(parseVocabularyEdit({ op: 'delete', kind: 'theme', name: '执行' })).toEqual({ ok: true, edit: { op: 'delete', kind: 'theme', name: '执行', reassignTo: null } });
    expect(parseVocabularyEdit({ op: 'rename', kind: 'court', from: '' })).toMatchObject({ ok: false });
    expect(parseVocabularyEdit({ op: 'drop-table' })).toMatchObject({ ok: false });
  });

  it('removes a derived alias by remembering it as removed, and takes a typed one as listed', () => {
    const derived: Vocabulary = {
      ...vocabulary,
      courts: vocabulary.courts.map((court) => (court.name === '赤峰市中级人民法院' ? { ...court, derivedAliases: ['赤峰中级法院', '赤峰市中院'] } : court)),
    };
    const removed = expectOk(applyVocabularyEdit(derived, { op: 'remove-alias', court: '赤峰市中级人民法院', alias: '赤峰中级法院' })).vocabulary.courts[0];
    expect(removed).toMatchObject({ aliases: ['赤峰中院'], derivedAliases: ['赤峰市中院'], removedAliases: ['赤峰中级法院'] });
    const listedRemoved = expectOk(applyVocabularyEdit(derived, { op: 'remove-alias', court: '赤峰市中级人民法院', alias: '赤峰中院' })).vocabulary.courts[0];
    expect(listedRemoved).toMatchObject({ aliases: [], derivedAliases: ['赤峰中级法院', '赤峰市中院'] });
    expect(listedRemoved.removedAliases).toBeUndefined();

    const readded = expectOk(applyVocabularyEdit({ ...derived, courts: [removed, ...derived.courts.slice(1)] }, { op: 'add-alias', court: '赤峰市中级人民法院', alias: '赤峰中级法院' })).vocabulary.courts[0];
    expect(readded).toMatchObject({ aliases: ['赤峰中院', '赤峰中级法院'], removedAliases: [] });
  });
});
