// Every channel's request schema is complete and strict: wrong shapes of every
// kind, made from a valid example per channel (fixed seed, then a few random
// seeds), come back as `invalid` from the real dispatch over a real library —
// never a raw TypeError (`failed`), never a success, never a write.
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract, type Channel } from '../../core/api/contract';
import type { ApiEnvelope } from '../../core/api/api-error';
import { openTemporaryLibrary } from '../library/temporary-library';
import { requestExamples, type RequestExamples } from '../fuzz/request-examples';
import { randomSeed, seededRandom } from '../fuzz/seeded-random';
import { randomWrongShape, wrongShapes, type WrongShape } from '../fuzz/wrong-shapes';
import { createHandlers } from './create-handlers';
import { createDispatch, type Dispatch } from './dispatch';

const FIXED_SEED = 20_261_206;
const RANDOM_PER_CHANNEL = 60;

let opened: Awaited<ReturnType<typeof openTemporaryLibrary>>;
let dispatch: Dispatch;
let examples: RequestExamples;

/** Everything the library holds: every table's rows, and the files beside the database. */
function fingerprint(): string {
  const db = opened.library.database!;
  const hash = createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  for (const { name } of tables) hash.update(name).update(JSON.stringify(db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`).raw().all(), (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('base64') : value)));
  const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
  for (const file of files(opened.dataDir).filter((file) => !/library\.sqlite(-wal|-shm)?$/.test(file)).sort()) hash.update(relative(opened.dataDir, file)).update(String(statSync(file).size));
  return hash.digest('hex');
}

beforeAll(async () => {
  opened = await openTemporaryLibrary();
  dispatch = createDispatch(createHandlers(opened.library, { transport: 'http', version: '0', dataDir: opened.dataDir }));
  const article = opened.library.database!.prepare('SELECT id, page_id AS pageId FROM articles ORDER BY id LIMIT 1').get() as { id: number; pageId: number };
  examples = requestExamples({ scratchDir: join(opened.dataDir, 'fuzz-exports'), articleId: article.id, pageId: article.pageId });
});
afterAll(() => opened.dispose());

async function expectAllInvalid(cases: Array<{ channel: Channel; shape: WrongShape }>): Promise<void> {
  const before = fingerprint();
  const wrong: string[] = [];
  for (const { channel, shape } of cases) {
    // Through JSON, as both transports carry it.
    const request = shape.request === undefined ? undefined : JSON.parse(JSON.stringify(shape.request));
    const answer: ApiEnvelope<unknown> = await dispatch(channel, request);
    if (answer.ok || answer.error.code !== 'invalid') wrong.push(`${channel} ${shape.description} → ${answer.ok ? 'ok' : `${answer.error.code}: ${answer.error.message.slice(0, 200)}`}`);
  }
  expect(wrong, 'wrong shapes that were not refused as invalid').toEqual([]);
  expect(fingerprint(), 'the library changed').toBe(before);
}

describe('request validation at the API boundary', () => {
  it('has a valid example for every channel (the mutations start from a request the schema accepts)', () => {
    expect(Object.keys(examples).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) {
      const parsed = contract[channel].request.safeParse(examples[channel].request);
      expect(parsed.success, `${channel}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it.each(CHANNELS)('%s refuses every deterministic wrong shape as invalid and writes nothing', async (channel) => {
    const shapes = wrongShapes(examples[channel]);
    expect(shapes.length).toBeGreaterThan(6);
    await expectAllInvalid(shapes.map((shape) => ({ channel, shape })));
  });

  it.each([FIXED_SEED, randomSeed(), randomSeed()])('refuses random wrong shapes of every channel (seed %i)', async (seed) => {
    const random = seededRandom(seed);
    await expectAllInvalid(CHANNELS.flatMap((channel) => Array.from({ length: RANDOM_PER_CHANNEL }, () => ({ channel, shape: randomWrongShape(examples[channel], random) }))));
  });
});
