import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { temporaryDir } from '../../library/temporary-library';
import { openDatabase } from '../open-database';
import { schemaVersion } from '../run-migrations';
import { LATEST_VERSION } from './index';

describe('migrations from an empty file (0001-initial onwards)', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  function freshDatabase() {
    const dir = temporaryDir();
    dirs.push(dir);
    const opened = openDatabase(join(dir, 'library.sqlite'));
    if (opened.state !== 'ok') throw new Error(opened.message);
    return opened.db;
  }

  it('migrates an empty file to version 1 with every table, in WAL mode with foreign keys on', () => {
    const db = freshDatabase();
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['pages', 'articles', 'revisions', 'courts', 'themes', 'article_tags', 'settings', 'article_grams']));
    expect(tables).not.toContain('article_trigrams');
    db.close();
  });

  it('keeps the full-text index in step with articles through triggers', () => {
    const db = freshDatabase();
    db.prepare("INSERT INTO pages (id, source, content_hash, raw, analysis_json, imported_at) VALUES (1, 'a.txt', 'h', 'raw', '{}', 'now')").run();
    const insert = db.prepare("INSERT INTO articles (page_id, ordinal, title, doc_json, blocks_json, text, updated_at) VALUES (1, 0, ?, '{}', '[]', ?, 'now')");
    const id = Number(insert.run('党建引领', '法院推进诉源治理工作').lastInsertRowid);
    const gram = db.prepare("SELECT rowid FROM article_grams WHERE article_grams MATCH ?").pluck();
    expect(gram.all('"诉源 源治 治理"')).toEqual([id]);
    expect(gram.all('"党建"')).toEqual([id]);
    expect(gram.all('"治"*')).toEqual([id]);

    db.prepare("UPDATE articles SET text = '执行攻坚' WHERE id = ?").run(id);
    expect(gram.all('"诉源 源治 治理"')).toEqual([]);
    expect(gram.all('"执行 行攻"')).toEqual([id]);
    expect(gram.all('"执行"')).toEqual([id]);
    expect(gram.all('"诉源"')).toEqual([]);

    db.prepare('DELETE FROM pages WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(0);
    expect(gram.all('"执行"')).toEqual([]);
    expect(db.prepare("INSERT INTO article_grams(article_grams) VALUES ('integrity-check')").run()).toBeTruthy();
    db.close();
  });

  it('reopens an existing file without migrating again and keeps its data', () => {
    const dir = temporaryDir();
    dirs.push(dir);
    const file = join(dir, 'library.sqlite');
    const first = openDatabase(file);
    if (first.state !== 'ok') throw new Error(first.message);
    first.db.prepare("INSERT INTO settings (key, value_json) VALUES ('locale', '\"en\"')").run();
    first.db.close();
    let migrated = false;
    const second = openDatabase(file, { beforeMigrating: () => (migrated = true) });
    if (second.state !== 'ok') throw new Error(second.message);
    expect(second.created).toBe(false);
    expect(migrated).toBe(false);
    expect(second.db.prepare('SELECT value_json FROM settings').pluck().get()).toBe('"en"');
    second.db.close();
    expect(new BetterSqlite3(file, { readonly: true }).pragma("user_version", { simple: true })).toBe(LATEST_VERSION);
  });
});
