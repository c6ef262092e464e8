import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Court, Vocabulary } from '../../core/model/vocabulary';
import { openTemporaryLibrary } from '../library/temporary-library';
import { createHandlers } from './create-handlers';
import { createDispatch, type Dispatch } from './dispatch';
import { data } from './envelope-data.fixture';

// What the vocabulary dialog does with a court's aliases, through the same channels: derived
// forms are shown as such, removing one keeps it from being derived again, a typed one is the
// editor's, and both survive reopening, re-derivation and a file round trip.

const KESHIKETENG = '赤峰市克什克腾旗人民法院';
const court = (vocabulary: Vocabulary, name: string) => vocabulary.courts.find((entry) => entry.name === name) as Court;

describe('court aliases by origin through the API', () => {
  let opened: Awaited<ReturnType<typeof openTemporaryLibrary>>;
  let dispatch: Dispatch;
  const connect = () => (dispatch = createDispatch(createHandlers(opened.library, { transport: 'http', version: '0', dataDir: opened.dataDir })));
  const vocabulary = async () => data<Vocabulary>(await dispatch('tags:vocabulary', {}));
  const edit = async (op: Record<string, unknown>) => data<Vocabulary>(await dispatch('vocab:edit', { op }));
  beforeEach(async () => {
    opened = await openTemporaryLibrary({ seeded: false });
    connect();
  });
  afterEach(() => opened.dispose());

  it('lists the derived short forms apart from the listed aliases', async () => {
    const entry = court(await vocabulary(), KESHIKETENG);
    expect(entry.aliases).toContain('克旗法院');
    expect(entry.derivedAliases).toEqual(expect.arrayContaining(['克什克腾法院', '赤峰克什克腾旗法院']));
    expect(entry.derivedAliases).not.toContain('克旗法院');
  });

  it('removes a derived form for good and keeps a typed alias, across reopening and re-derivation', async () => {
    const removed = court(await edit({ op: 'remove-alias', court: KESHIKETENG, alias: '克什克腾法院' }), KESHIKETENG);
    expect(removed.derivedAliases).not.toContain('克什克腾法院');
    expect(removed.removedAliases).toEqual(['克什克腾法院']);
    await edit({ op: 'add-alias', court: KESHIKETENG, alias: '达来诺日人民法庭' });
    // Adding a court derives the whole list anew.
    await edit({ op: 'add-court', court: { name: '赤峰市新城区人民法院', level: 'basic', parent: '赤峰市中级人民法院', region: '赤峰市', aliases: [] } });

    opened.library.close();
    opened.library = await opened.reopen();
    connect();
    const entry = court(await vocabulary(), KESHIKETENG);
    expect(entry.aliases).toContain('达来诺日人民法庭');
    expect(entry.derivedAliases).not.toContain('克什克腾法院');
    expect(entry.derivedAliases).toContain('赤峰克什克腾旗法院');
    expect(entry.removedAliases).toEqual(['克什克腾法院']);
    // The two cities' 新城区 now share "新城区法院": derived for neither, the city-prefixed forms for each.
    expect(court(await vocabulary(), '赤峰市新城区人民法院').derivedAliases).toContain('赤峰新城区法院');
    expect(court(await vocabulary(), '呼和浩特市新城区人民法院').aliases).toContain('新城区法院');
  });

  it('suggests a court by a derived form until the editor removes it, and by an alias the editor typed', async () => {
    let pages = 0;
    const suggestedCourts = async (body: string) => {
      pages++;
      data(await dispatch('import:text', { name: `第${pages}版`, text: `牧区巡回审判见实效\n\n${body}\n` }));
      const listed = data<{ items: { id: number }[] }>(await dispatch('articles:list', {}));
      const newest = Math.max(...listed.items.map((item) => item.id));
      const tags = data<{ suggestions: { type: string; name: string }[] }>(await dispatch('tags:article', { articleId: newest }));
      return tags.suggestions.filter((suggestion) => suggestion.type === 'court').map((suggestion) => suggestion.name);
    };
    expect(await suggestedCourts('近日，克什克腾法院的法官深入牧区，就地开庭审理一起草场纠纷。')).toEqual([KESHIKETENG]);
    await edit({ op: 'remove-alias', court: KESHIKETENG, alias: '克什克腾法院' });
    expect(await suggestedCourts('近日，克什克腾法院的法官深入牧区，就地开庭审理一起草场承包纠纷。')).toEqual([]);
    await edit({ op: 'add-alias', court: KESHIKETENG, alias: '达来诺日人民法庭' });
    expect(await suggestedCourts('近日，达来诺日人民法庭的法官深入牧区，就地开庭审理一起草场纠纷。')).toEqual([KESHIKETENG]);

    const restored = court(await edit({ op: 'add-alias', court: KESHIKETENG, alias: '克什克腾法院' }), KESHIKETENG);
    expect(restored.aliases).toContain('克什克腾法院');
    expect(restored.removedAliases ?? []).toEqual([]);
    expect(restored.derivedAliases).not.toContain('克什克腾法院');
  });

  it('keeps the removals through a JSON and a CSV export and import', async () => {
    await edit({ op: 'remove-alias', court: KESHIKETENG, alias: '克什克腾法院' });
    for (const format of ['json', 'csv'] as const) {
      const exported = data<{ content: string }>(await dispatch('vocab:export', { kind: 'courts', format }));
      expect(exported.content).toContain('克什克腾法院');
      expect(data<{ ok: boolean }>(await dispatch('vocab:import', { kind: 'courts', format, content: exported.content })).ok).toBe(true);
      const entry = court(await vocabulary(), KESHIKETENG);
      expect(entry.removedAliases, format).toEqual(['克什克腾法院']);
      expect(entry.derivedAliases, format).toContain('赤峰克什克腾旗人民法院');
    }
    // A file written before alias origins existed still imports.
    const old = 'name,level,parent,region,aliases\n内蒙古自治区高级人民法院,high,,,区高院\n';
    expect(data<{ ok: boolean }>(await dispatch('vocab:import', { kind: 'courts', format: 'csv', content: old })).ok).toBe(true);
    expect(court(await vocabulary(), '内蒙古自治区高级人民法院').derivedAliases).toContain('内蒙古高院');
  });

  it('derives and stores the aliases of a library written before they existed', async () => {
    // As an older version left it: the court list without derived forms.
    await opened.library.services!.store.sql.run('UPDATE courts SET derived_aliases_json = NULL');
    opened.library.close();
    opened.library = await opened.reopen();
    connect();
    const stored = await opened.library.services!.store.sql.value<string | null>('SELECT derived_aliases_json FROM courts WHERE name = ?', [KESHIKETENG]);
    expect(JSON.parse(stored ?? '[]')).toContain('克什克腾法院');
  });
});
