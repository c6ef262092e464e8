// Issue #11: killing the app mid-save or mid-send loses nothing that was
// acknowledged, on either engine, and on a shared library a dropped connection is
// retried or reported, never half-applied. Real child processes killed with
// SIGKILL, a real library file, a real PostgreSQL test server, connections ended
// from the server side and cut on the wire (a TCP relay between the library and
// the server).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, connect, type AddressInfo, type Server } from 'node:net';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../core/api/api-error';
import type { Library, LibraryServices } from '../library/library';
import { parseSharedLocation } from '../library/library-location';
import { LIBRARY_FILE_NAME, openLibrary } from '../library/open-library';
import { openSharedLibrary } from '../library/open-shared-library';
import { demoPageInputs } from '../library/demo-pages';
import { SEEDS_DIR, temporaryDir, VOCABULARY_DIR } from '../library/temporary-library';
import { createTestDatabase, describePostgres } from '../store/postgres/test-database.fixture';
import type { Store } from '../store/store';
import { transferPages } from './transfer-pages';

const CHILD = join(import.meta.dirname, 'kill-child.fixture.ts');

/**
 * Runs the child fixture and SIGKILLs it once `enough(lines)` holds and then `moment()` has resolved (a delay, or a
 * condition seen in the database); resolves with the lines the child had finished writing.
 */
function killChild(args: string[], enough: (lines: string[]) => boolean, moment: (lines: string[]) => Promise<unknown>): Promise<string[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  let armed = false;
  const lines = () => output.split('\n').slice(0, -1);
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (!armed && enough(lines())) {
        armed = true;
        moment(lines()).then(() => child.kill('SIGKILL'), reject);
      }
    });
    child.on('exit', () => resolve(lines()));
    child.on('error', reject);
  });
}

const after = (delayMs: number) => () => new Promise((resolve) => setTimeout(resolve, delayMs));

describePostgres('a shared library killed mid-save or mid-send, or cut off from its server', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function sharedDatabase() {
    const database = await createTestDatabase();
    const dataDir = temporaryDir();
    cleanups.push(async () => {
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    });
    const open = async (url = database.url): Promise<Library> => {
      const library = await openSharedLibrary({ location: parseSharedLocation(url), dataDir, vocabularyDir: VOCABULARY_DIR });
      cleanups.push(() => library.close());
      return library;
    };
    return { database, dataDir, open };
  }

  /** A shared library holding the first demo page; one of its articles. */
  async function sharedWithArticle() {
    const shared = await sharedDatabase();
    const library = await shared.open();
    await library.services!.imports.importInputs(demoPageInputs(SEEDS_DIR).slice(0, 1));
    const [pageId] = (await library.services!.pages.tree()).flatMap((group) => group.pages).map((page) => page.id);
    const articleId = (await library.services!.pages.get(pageId)).articleIds[0];
    return { ...shared, library, articleId };
  }

  async function saveText(services: LibraryServices, articleId: number, text: string, baseRevision?: number) {
    const detail = await services.articles.get(articleId);
    return services.articles.save({ articleId, baseRevision: baseRevision ?? detail.revision, fields: detail.fields, blocks: [{ type: 'paragraph', text }], doc: null });
  }

  it('keeps every acknowledged save of a process killed mid-save, and never half of one', { timeout: 240_000 }, async () => {
    const { database, dataDir, open, library, articleId } = await sharedWithArticle();
    library.close();
    const watcher = new pg.Client({ connectionString: database.url });
    await watcher.connect();
    cleanups.push(() => watcher.end());
    const newest = async () => (await watcher.query<{ newest: number }>('SELECT max(revision) AS newest FROM revisions WHERE article_id = $1', [articleId])).rows[0].newest;
    await killMidSave({ target: database.url, dataDir, articleId, newest, open });
  });

  /** A library on this computer with 20 pages, editors' work (more revisions, a confirmed tag) on every other one. */
  async function localWithPages() {
    const localDir = temporaryDir();
    cleanups.push(() => rmSync(localDir, { recursive: true, force: true }));
    const texts = readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(join(SEEDS_DIR, name), 'utf8'));
    const local = await openLibrary({ dataDir: localDir, vocabularyDir: VOCABULARY_DIR });
    await local.services!.imports.importInputs(Array.from({ length: 20 }, (_, index) => ({ name: `page-${index}.txt`, text: `${texts[index % texts.length]}\n第${index}号\n` })));
    const pageIds = (await local.services!.pages.tree()).flatMap((group) => group.pages.map((page) => page.id)).sort((left, right) => left - right);
    expect(pageIds).toHaveLength(20);
    for (const pageId of pageIds.filter((_, index) => index % 2 === 0)) {
      const articleId = (await local.services!.pages.get(pageId)).articleIds[0];
      await saveText(local.services!, articleId, `第${pageId}页的改稿。`);
      await local.services!.store.transaction(() => local.services!.store.write.tags.put(articleId, { type: 'theme', name: '司法改革', source: 'confirmed' }));
    }
    return { localDir, local, pageIds };
  }

  it.each([
    ['sends', 'send'],
    ['takes home', 'fetch'],
  ] as const)('%s whole pages only when killed mid-transfer, and a second transfer completes the rest without duplicates', { timeout: 300_000 }, async (_, mode) => {
    const { database, dataDir, open } = await sharedDatabase();
    const made = await localWithPages();
    let localDir = made.localDir;
    if (mode === 'fetch') {
      // The office library holds the pages (sent whole, in this process); a second laptop's empty library takes them home.
      const office = await open();
      expect((await transferPages(made.local.services!.store, office.services!.store, made.pageIds)).sent).toBe(20);
      office.close();
      localDir = temporaryDir();
      cleanups.push(() => rmSync(localDir, { recursive: true, force: true }));
      (await openLibrary({ dataDir: localDir, vocabularyDir: VOCABULARY_DIR })).close();
    } else (await open()).close();
    made.local.close();

    const lines = await killChild([mode, database.url, dataDir, localDir], (lines) => lines.length >= 8, after(5));
    expect(lines).not.toContain('finished');
    const acknowledged = lines.map((line) => line.split(' '));
    expect(acknowledged.every(([outcome]) => outcome === 'sent')).toBe(true);
    const sentIds = acknowledged.map(([, id]) => Number(id));
    expect(sentIds.length).toBeGreaterThanOrEqual(8);
    expect(sentIds.length).toBeLessThan(20);

    const reopenedLocal = await openLibrary({ dataDir: localDir });
    cleanups.push(() => reopenedLocal.close());
    const office = (await open()).services!;
    const [from, to] = mode === 'send' ? [reopenedLocal.services!, office] : [office, reopenedLocal.services!];
    const pageIds = (await from.pages.tree()).flatMap((group) => group.pages.map((page) => page.id)).sort((left, right) => left - right);
    expect(pageIds).toHaveLength(20);
    const present: number[] = [];
    for (const pageId of pageIds) {
      const ids = await to.store.read.pages.idsWithHash((await from.store.read.pages.get(pageId))!.contentHash);
      expect(ids.length, `copies of page ${pageId}`).toBeLessThanOrEqual(1);
      if (sentIds.includes(pageId)) expect(ids, `acknowledged page ${pageId}`).toHaveLength(1);
      if (ids.length === 0) continue;
      present.push(pageId);
      expect(await pageContent(to.store, ids[0]), `page ${pageId}`).toEqual(await pageContent(from.store, pageId));
    }
    // Only the page in flight when the process died may be there without its acknowledgement.
    expect(present.length - sentIds.length).toBeLessThanOrEqual(1);

    const again = await transferPages(from.store, to.store, pageIds);
    expect(again).toMatchObject({ failed: 0, conflicts: 0, updated: 0, unchanged: present.length, sent: 20 - present.length });
    for (const page of again.pages) expect(page.outcome, `page ${page.fromPageId}`).toBe(present.includes(page.fromPageId) ? 'unchanged' : 'sent');
    expect(await to.store.sql.value('SELECT count(*) FROM pages')).toBe(20);
    expect(await to.store.sql.value('SELECT count(DISTINCT content_hash) FROM pages')).toBe(20);
    for (const page of again.pages) expect(await pageContent(to.store, page.toPageId!)).toEqual(await pageContent(from.store, page.fromPageId));
  });

  it('reconnects after the server ended every connection, and the save goes through whole', async () => {
    const { database, library, articleId } = await sharedWithArticle();
    const services = library.services!;
    const first = await saveText(services, articleId, '断线之前保存的。');

    const ended = await endOtherConnections(database.url);
    expect(ended).toBeGreaterThan(0);
    // Right after: the pool drops the connections the server ended and opens a new one; the process lives on.
    const after = await saveText(services, articleId, '服务器断开所有连接之后保存的。');
    expect(after.revision).toBe(first.revision + 1);
    expect((await services.articles.get(articleId)).text).toBe('服务器断开所有连接之后保存的。');
    const next = await saveText(services, articleId, '再下一次保存。');
    expect(next.revision).toBe(first.revision + 2);
    expect(await expectWholeArticle(services.store, articleId)).toBe(next.revision);
  });

  // The pool may hand out idle connections the server has already ended before their 'error' event is handled:
  // a statement the server never ran is sent again on a fresh one (postgres-client.ts, connection-loss.ts).
  it('retries a save made right after the server ended every connection, or reports it as unreachable; the next save goes through', async () => {
    const { database, library, articleId } = await sharedWithArticle();
    const services = library.services!;
    // Several idle connections in the pool, as after any busy moment.
    await Promise.all([1, 2, 3].map(() => services.store.sql.value('SELECT pg_sleep(0.01)')));
    const before = await services.articles.get(articleId);
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    cleanups.push(() => admin.end());
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'");

    // At once, as an autosave would: the first statement after the server ended them.
    const blocks = [{ type: 'paragraph' as const, text: '断线后立刻保存的。' }];
    const outcome = await services.articles.save({ articleId, baseRevision: before.revision, fields: before.fields, blocks, doc: null }).then(
      (saved) => saved.revision,
      (error: unknown) => error,
    );
    if (typeof outcome === 'number') expect(outcome).toBe(before.revision + 1);
    else expect(outcome).toMatchObject({ code: 'unreachable' });
    expect(outcome).toSatisfy((value) => typeof value === 'number' || value instanceof ApiError);
    const next = await saveText(services, articleId, '下一次保存。');
    expect(next.revision).toBe(typeof outcome === 'number' ? before.revision + 2 : before.revision + 1);
    expect(await expectWholeArticle(services.store, articleId)).toBe(next.revision);
  });

  it('reports a save whose connection the server ended mid-transaction as failed, and keeps none of it', async () => {
    const { database, library, articleId } = await sharedWithArticle();
    const services = library.services!;
    const before = await services.articles.get(articleId);
    // Another session holds the article, so the save waits inside its transaction (article row not yet written) …
    const holder = new pg.Client({ connectionString: database.url });
    holder.on('error', () => undefined);
    await holder.connect();
    cleanups.push(() => holder.end());
    await holder.query('SELECT pg_advisory_lock(hashtext($1))', [`article:${articleId}`]);
    const saving = saveText(services, articleId, '被中断的保存。');
    saving.catch(() => undefined);
    // … and there its connection is ended by the server.
    let waiting: number[] = [];
    while (waiting.length === 0) waiting = (await holder.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'advisory'")).rows.map((row) => row.pid);
    await holder.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [waiting]);
    await holder.query('SELECT pg_advisory_unlock_all()');

    const failure = await saving.then(() => null, (error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/terminat/);
    const row = (await services.store.read.articles.get(articleId))!;
    expect(row.revision).toBe(before.revision);
    expect(await expectWholeArticle(services.store, articleId)).toBe(before.revision);
    expect((await saveText(services, articleId, '重试成功。')).revision).toBe(before.revision + 1);
  });

  it.each([
    ['before the server has it', 'before'],
    ['after the server committed it', 'after'],
  ] as const)('reports a save whose COMMIT was lost on the wire (%s) as failed; the library holds it whole or not at all', async (_, when) => {
    const shared = await sharedWithArticle();
    const relay = await wireCutter(new URL(shared.database.url).port);
    cleanups.push(() => relay.close());
    const url = new URL(shared.database.url);
    url.port = String(relay.port);
    shared.library.close();
    const services = (await shared.open(url.toString())).services!;
    const before = await services.articles.get(shared.articleId);

    relay.cutAtCommit(when);
    const failure = await saveText(services, shared.articleId, '提交时断线的保存。').then(() => null, (error: unknown) => error);
    expect(relay.cuts()).toBe(1);
    // Never acknowledged: the editor is told it failed, whatever the server did with it.
    expect(failure).toBeInstanceOf(Error);
    const stored = await expectWholeArticle(services.store, shared.articleId);
    expect(stored).toBe(when === 'before' ? before.revision : before.revision + 1);
    if (when === 'after') expect((await services.store.read.revisions.get(shared.articleId, stored))!.text).toBe('提交时断线的保存。');
    // Saving again from the revision the editor had is a conflict when the lost COMMIT did land: never a silent overwrite.
    const retry = await saveText(services, shared.articleId, '重试。', before.revision).then(
      (saved) => saved.revision,
      (error: unknown) => error,
    );
    if (when === 'before') expect(retry).toBe(before.revision + 1);
    else expect(retry).toMatchObject({ code: 'conflict' });
  });
});

/**
 * Kills a child saving one article over and over, at different points of its next save (at once, during its
 * transaction, right after a save the child had not acknowledged yet was committed, later), and checks after each
 * kill: every acknowledged save is there whole, the article is its newest revision, at most the save in flight when
 * the process died went through unacknowledged, and the search index went with the article.
 */
async function killMidSave(options: { target: string; dataDir: string; articleId: number; newest: () => Promise<number>; open: () => Promise<Library> }): Promise<void> {
  const { articleId } = options;
  /** Resolves as soon as a save the child has not acknowledged yet is committed: the kill lands between COMMIT and acknowledgement. */
  const committedUnacknowledged = async (lines: string[]) => {
    const acknowledged = Number(/^saved (\d+)/.exec(lines.at(-1)!)![1]);
    while ((await options.newest()) <= acknowledged) await new Promise((resolve) => setImmediate(resolve));
  };
  const rounds = [after(0), after(1), committedUnacknowledged, after(4), after(9), committedUnacknowledged];
  for (const [round, moment] of rounds.entries()) {
    const acknowledgements = 10 + 5 * round;
    const lines = await killChild(['save', options.target, options.dataDir, String(articleId)], (lines) => lines.length >= acknowledgements, moment);
    const acknowledged = lines.map((line) => /^saved (\d+) (.*)$/.exec(line)!).map((match) => ({ revision: Number(match[1]), text: JSON.parse(match[2]) as string }));
    expect(acknowledged.length).toBeGreaterThanOrEqual(acknowledgements);

    const reopened = await options.open();
    try {
      const { store } = reopened.services!;
      for (const { revision, text } of acknowledged) expect((await store.read.revisions.get(articleId, revision))?.text, `revision ${revision}`).toBe(text);
      const stored = await expectWholeArticle(store, articleId);
      // What the child was doing when it died either committed whole or not at all; at most that one save went unacknowledged.
      const last = acknowledged.at(-1)!.revision;
      expect(stored).toBeGreaterThanOrEqual(last);
      expect(stored).toBeLessThanOrEqual(last + 1);
      // The search index went with the article: its newest text is found, under its own revision's words.
      const found = async (words: string) => (await reopened.services!.search.search(words, {}, 0, 10)).hits.map((hit) => hit.article.id);
      expect(await found(`第${stored}次保存`)).toEqual([articleId]);
      expect(await found(`第${stored - 1}次保存`)).toEqual([]);
    } finally {
      reopened.close();
    }
  }
}

/** The article row and its revision rows agree: the row is the newest revision, whole, and the revisions run without gaps. */
async function expectWholeArticle(store: Store, articleId: number): Promise<number> {
  const row = (await store.read.articles.get(articleId))!;
  const numbers = (await store.read.revisions.list(articleId)).map((revision) => revision.revision).sort((left, right) => left - right);
  expect(numbers.at(-1)).toBe(row.revision);
  expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, index) => numbers[0] + index));
  const newest = (await store.read.revisions.get(articleId, row.revision))!;
  expect({ text: row.text, title: row.title, blocksJson: row.blocksJson }).toEqual({ text: newest.text, title: newest.title, blocksJson: newest.blocksJson });
  return row.revision;
}

describe('a library on this computer killed mid-save', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('keeps every acknowledged save of a process killed mid-save, and never half of one', { timeout: 240_000 }, async () => {
    const dataDir = temporaryDir();
    dirs.push(dataDir);
    const library = await openLibrary({ dataDir, vocabularyDir: VOCABULARY_DIR });
    await library.services!.imports.importInputs(demoPageInputs(SEEDS_DIR).slice(0, 1));
    const articleId = (await library.services!.articles.list({}, 0, 1)).items[0].id;
    library.close();
    // A second connection reads the file as the child writes it (WAL: readers see each commit as it lands).
    const watcher = new BetterSqlite3(join(dataDir, LIBRARY_FILE_NAME), { readonly: true });
    try {
      const newestRevision = watcher.prepare('SELECT max(revision) FROM revisions WHERE article_id = ?').pluck();
      const newest = () => Promise.resolve(newestRevision.get(articleId) as number);
      await killMidSave({ target: 'local', dataDir, articleId, newest, open: () => openLibrary({ dataDir }) });
    } finally {
      watcher.close();
    }
  });
});

/** Everything a page carries, in a form two libraries' copies compare equal (ids differ, content does not). */
async function pageContent(store: Store, pageId: number) {
  const page = (await store.read.pages.get(pageId))!;
  const articles = [];
  for (const article of await store.read.articles.ofPage(pageId)) {
    const revisions = [];
    for (const { revision } of await store.read.revisions.list(article.id)) {
      const { articleId: _id, ...row } = (await store.read.revisions.get(article.id, revision))!;
      revisions.push(row);
    }
    const { id: _id, pageId: _pageId, ...fields } = article;
    articles.push({ ...fields, revisions, tags: await store.read.tags.ofArticle(article.id), rejected: await store.read.rejectedTags.ofArticle(article.id) });
  }
  articles.sort((left, right) => (left.anchorLine ?? -1) - (right.anchorLine ?? -1) || left.ordinal - right.ordinal);
  return { source: page.source, raw: page.raw, contentHash: page.contentHash, overridesJson: page.overridesJson, articles };
}

/** Ends, from the server side, every other connection to the database, and waits until they are gone; how many it ended. */
async function endOtherConnections(url: string): Promise<number> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const others = "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'";
    const pids = (await admin.query<{ pid: number }>(others)).rows.map((row) => row.pid);
    await admin.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [pids]);
    for (;;) {
      const left = (await admin.query<{ pid: number }>(others)).rows.filter((row) => pids.includes(row.pid));
      if (left.length === 0) return pids.length;
    }
  } finally {
    await admin.end();
  }
}


/**
 * A TCP relay to the server that can cut one connection at its next COMMIT: `before` drops the COMMIT
 * unsent; `after` sends it and drops the server's answer, so the server commits and the client never hears.
 */
async function wireCutter(serverPort: string) {
  const COMMIT = Buffer.from('COMMIT\0');
  let armed: 'before' | 'after' | null = null;
  let cuts = 0;
  const sockets = new Set<{ destroy(): void }>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(serverPort), '127.0.0.1');
    sockets.add(client).add(upstream);
    let committing = false;
    const cut = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('data', (chunk: Buffer) => {
      if (armed && chunk.includes(COMMIT)) {
        const when = armed;
        armed = null;
        cuts++;
        if (when === 'before') return cut();
        committing = true;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => (committing ? cut() : client.write(chunk)));
    for (const socket of [client, upstream]) {
      socket.on('error', cut);
      socket.on('close', cut);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    cutAtCommit: (when: 'before' | 'after') => (armed = when),
    cuts: () => cuts,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
