import { rmSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { temporaryDir } from '../../library/temporary-library';
import { openDatabase } from '../open-database';
import { registerFunctions } from '../register-functions';
import { runMigrations } from '../run-migrations';
import { LATEST_VERSION, MIGRATIONS } from './index';

describe('migration 0002-gram-prefix-index', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('rebuilds the bigram index of a version-1 library with its articles, and the triggers still feed it', () => {
    const dir = temporaryDir();
    dirs.push(dir);
    const file = join(dir, 'library.sqlite');
    const v1 = new BetterSqlite3(file);
    registerFunctions(v1);
    runMigrations(v1, { migrations: MIGRATIONS.slice(0, 1) });
    v1.prepare("INSERT INTO pages (id, source, content_hash, raw, analysis_json, imported_at) VALUES (1, 'a.txt', 'h', 'raw', '{}', 'now')").run();
    v1.prepare("INSERT INTO articles (page_id, ordinal, title, doc_json, blocks_json, text, updated_at) VALUES (1, 0, '旧稿', '{}', '[]', '调解成功', 'now')").run();
    v1.close();

    let backedUpFrom: number | null = null;
    const opened = openDatabase(file, { beforeMigrating: (_db, from) => (backedUpFrom = from) });
    if (opened.state !== 'ok') throw new Error(opened.message);
    const { db } = opened;
    expect(backedUpFrom).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const gram = db.prepare('SELECT rowid FROM article_grams WHERE article_grams MATCH ?').pluck();
    expect(gram.all('"调"*')).toEqual([1]);
    expect(gram.all('"成功"')).toEqual([1]);
    db.prepare("INSERT INTO articles (page_id, ordinal, title, doc_json, blocks_json, text, updated_at) VALUES (1, 1, '新稿', '{}', '[]', '执行', 'now')").run();
    expect(gram.all('"执"*')).toEqual([2]);
    db.close();
  });
});
