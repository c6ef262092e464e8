import { basename } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LibraryServices } from '../library/library';
import { openTemporaryLibrary } from '../library/temporary-library';
import { instantOfStamp, localInstantStamp } from './local-file-stamp';

// 07:30 on 6 December in Beijing, still 5 December in UTC.
const BEIJING_MORNING = new Date('2026-12-05T23:30:00.000Z');

describe('dates in export folder and backup names', () => {
  const zone = process.env.TZ;
  let opened: Awaited<ReturnType<typeof openTemporaryLibrary>>;
  let services: LibraryServices;
  beforeAll(async () => {
    opened = await openTemporaryLibrary();
    services = opened.library.services!;
  });
  afterAll(() => opened.dispose());
  beforeEach(() => {
    process.env.TZ = 'Asia/Shanghai';
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(BEIJING_MORNING);
  });
  afterEach(() => {
    vi.useRealTimers();
    process.env.TZ = zone;
  });

  it('names the export folder after the local day and time, not UTC’s', async () => {
    const [first] = (await services.articles.list({}, 0, 1)).items;
    const result = await services.exports.exportArticles({ articleIds: [first.id], format: 'txt', layout: 'per-article', confirmedTagsOnly: true });
    expect(basename(result.directory)).toBe('2026-12-06_07-30-00');
    const again = await services.exports.exportArticles({ articleIds: [first.id], format: 'txt', layout: 'per-article', confirmedTagsOnly: true });
    expect(basename(again.directory)).toBe('2026-12-06_07-30-00 (2)');
  });

  it('names a backup after the local time and still reads back the exact moment', async () => {
    const backup = await opened.library.backups.create();
    expect(backup.file).toBe('2026-12-06_07-30-00-000+0800_manual.sqlite');
    expect(backup.createdAt).toBe(BEIJING_MORNING.toISOString());
    expect(opened.library.backups.list().map((entry) => entry.file)).toContain(backup.file);
  });
});

describe('instantOfStamp', () => {
  it('reads local stamps with their offset and the UTC names older backups carry', () => {
    expect(instantOfStamp('2026-12-06_07-30-00-000+0800')).toBe('2026-12-05T23:30:00.000Z');
    expect(instantOfStamp('2026-12-05T23-30-00-000Z')).toBe('2026-12-05T23:30:00.000Z');
    expect(instantOfStamp('2026-12-06_07-30-00-000-0330')).toBe('2026-12-06T11:00:00.000Z');
    expect(instantOfStamp('../library')).toBeNull();
  });

  it('round-trips a moment in any zone', () => {
    process.env.TZ = 'America/St_Johns';
    const moment = new Date('2026-03-08T05:31:02.345Z');
    expect(instantOfStamp(localInstantStamp(moment))).toBe(moment.toISOString());
    process.env.TZ = 'Asia/Shanghai';
  });
});
