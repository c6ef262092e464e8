import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { expectRevisionAuthors } from '../../migrations/revision-authors.fixture';
import { TEST_PG_URL } from '../test-database.fixture';
import { databaseAtVersion, type OlderDatabase } from './database-at-version';
import { POSTGRES_LATEST_VERSION } from './index';

const CHANNEL = 'qinggao_changes';
/** How long a notification may take to arrive once committed; the waits poll, they never sleep a fixed time. */
const DEADLINE_MS = 5_000;

/** A version-9 library with one page, one article and its one revision. */
const seedV9 = async (v9: OlderDatabase['sql']) => {
  await v9.run("INSERT INTO pages (id, source, content_hash, raw, analysis_json, imported_at) VALUES (1, 'a.txt', 'h', 'raw', '{}', 'then')");
  await v9.run("INSERT INTO articles (id, page_id, ordinal, title, doc_json, blocks_json, text, updated_at) VALUES (1, 1, 0, '稿', 'null', '[]', '正文', 'then')");
  await v9.run("INSERT INTO revisions (article_id, revision, saved_at, reason, status, title, fields_json, blocks_json, doc_json, text) VALUES (1, 1, 'then', 'import', 'raw', '稿', '{}', '[]', 'null', '正文')");
  // Explicit ids are not counted by an identity: move it past them, as 0009's test does.
  await v9.run("SELECT setval(pg_get_serial_sequence('pages', 'id'), 1)");
  await v9.run("SELECT setval(pg_get_serial_sequence('articles', 'id'), 1)");
};

describe.skipIf(!TEST_PG_URL)('PostgreSQL migration 0010-revision-authors', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function migrated(): Promise<OlderDatabase> {
    const database = await databaseAtVersion(9, seedV9);
    cleanups.push(() => database.dispose());
    expect(await database.migrate()).toEqual({ from: 9, to: POSTGRES_LATEST_VERSION });
    return database;
  }

  it('keeps a version-9 library’s revisions, saved by no one, records who saves from then on, and has article presence', async () => {
    const { sql } = await migrated();
    await expectRevisionAuthors(sql);

    await sql.run("INSERT INTO article_presence (client_id, article_id, person, seen_at) VALUES ('c1', 1, '甲', now())");
    // One row per app: a second stamp from the same app is refused as a duplicate (the feed upserts).
    await expect(sql.run("INSERT INTO article_presence (client_id, article_id, person, seen_at) VALUES ('c1', 2, '甲', now())")).rejects.toThrow(/duplicate|unique/i);
    // No foreign key: an article that does not exist (removed under someone's editor) does not fail a stamp.
    await sql.run("INSERT INTO article_presence (client_id, article_id, person, seen_at) VALUES ('c2', 999, '乙', now())");
    expect(await sql.column('SELECT person FROM article_presence ORDER BY client_id')).toEqual(['甲', '乙']);
  });

  it('notifies qinggao_changes once per statement on pages, articles, tags, courts and themes, when it commits and never when it rolls back', async () => {
    const database = await migrated();
    const { sql } = database;
    const heard: string[] = [];
    const listener = new pg.Client({ connectionString: database.url });
    listener.on('notification', (message) => {
      if (message.channel === CHANNEL) heard.push(message.payload ?? '');
    });
    await listener.connect();
    cleanups.push(() => listener.end());
    await listener.query(`LISTEN ${CHANNEL}`);

    // Notifications reach a listener in commit order, so a marker committed after a statement arrives after
    // all that statement's notifications: what was heard before the marker is exactly what the statement sent.
    let markers = 0;
    async function heardUntilMarker(): Promise<string[]> {
      const marker = `marker-${++markers}`;
      await sql.run('SELECT pg_notify(?, ?)', [CHANNEL, marker]);
      const deadline = Date.now() + DEADLINE_MS;
      while (!heard.includes(marker) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(heard).toContain(marker);
      const before = heard.splice(0, heard.indexOf(marker) + 1);
      return before.slice(0, -1);
    }
    expect(await heardUntilMarker()).toEqual([]);

    // Each a statement of its own, on several rows where it can: one notification, named after its table.
    await sql.run("INSERT INTO pages (source, content_hash, raw, analysis_json, imported_at) VALUES ('b.txt', 'h2', 'raw', '{}', 'now'), ('c.txt', 'h3', 'raw', '{}', 'now')");
    expect(await heardUntilMarker()).toEqual(['pages']);
    await sql.run("INSERT INTO articles (page_id, ordinal, title, doc_json, blocks_json, text, updated_at) VALUES (1, 1, '二', 'null', '[]', '二', 'now'), (1, 2, '三', 'null', '[]', '三', 'now')");
    expect(await heardUntilMarker()).toEqual(['articles']);
    await sql.run("UPDATE articles SET title = title || '！' WHERE page_id = 1");
    expect(await heardUntilMarker()).toEqual(['articles']);
    await sql.run("INSERT INTO article_tags (article_id, type, name, source) VALUES (1, 'court', '某法院', 'confirmed'), (1, 'theme', '某主题', 'suggested')");
    expect(await heardUntilMarker()).toEqual(['article_tags']);
    await sql.run("INSERT INTO courts (name, level, position) VALUES ('甲法院', 'basic', 1), ('乙法院', 'basic', 2)");
    expect(await heardUntilMarker()).toEqual(['courts']);
    await sql.run("INSERT INTO themes (name, position) VALUES ('甲主题', 1)");
    expect(await heardUntilMarker()).toEqual(['themes']);
    await sql.run("DELETE FROM themes WHERE name = '甲主题'");
    expect(await heardUntilMarker()).toEqual(['themes']);
    // Revisions are no change of their own for the open lists (a save also updates its article).
    await sql.run("INSERT INTO revisions (article_id, revision, saved_at, reason, status, title, fields_json, blocks_json, doc_json, text) VALUES (1, 2, 'now', 'edit', 'raw', '稿', '{}', '[]', 'null', '改')");
    expect(await heardUntilMarker()).toEqual([]);

    // Nothing while the transaction is open; one notification per table once it commits, however many statements.
    const writer = new pg.Client({ connectionString: database.url });
    await writer.connect();
    cleanups.push(() => writer.end());
    await writer.query('BEGIN');
    await writer.query("UPDATE pages SET source = source || '!'");
    await writer.query("UPDATE pages SET source = source || '?'");
    await writer.query("UPDATE courts SET position = position + 10");
    expect(await heardUntilMarker()).toEqual([]);
    await writer.query('COMMIT');
    expect((await heardUntilMarker()).sort()).toEqual(['courts', 'pages']);

    // A rolled-back transaction tells nobody anything.
    await writer.query('BEGIN');
    await writer.query("INSERT INTO themes (name, position) VALUES ('回滚主题', 3)");
    await writer.query("DELETE FROM article_tags");
    await writer.query('ROLLBACK');
    expect(await heardUntilMarker()).toEqual([]);
    expect(await sql.value('SELECT count(*) FROM article_tags')).toBe(2);
  });
});
