import { rmSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { temporaryDir } from '../../library/temporary-library';
import { openDatabase } from '../open-database';
import { registerFunctions } from '../register-functions';
import { runMigrations } from '../run-migrations';
import { MIGRATIONS } from './index';

describe('migration 0005-stored-suggestions', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('leaves a version-4 library’s articles with no stored suggestions and adds rejections that go with their article', () => {
    const dir = temporaryDir();
    dirs.push(dir);
    const file = join(dir, 'library.sqlite');
    const v4 = new BetterSqlite3(file);
    registerFunctions(v4);
    runMigrations(v4, { migrations: MIGRATIONS.slice(0, 4) });
    v4.prepare("INSERT INTO pages (id, source, content_hash, raw, analysis_json, imported_at) VALUES (1, 'a.txt', 'h', 'raw', '{}', 'now')").run();
    v4.prepare("INSERT INTO articles (id, page_id, ordinal, title, doc_json, blocks_json, text, updated_at) VALUES (1, 1, 0, '稿', 'null', '[]', '正文', 'now')").run();
    v4.close();

    const opened = openDatabase(file);
    if (opened.state !== 'ok') throw new Error(opened.message);
    const { db } = opened;
    expect(db.prepare('SELECT title, suggestions_json AS suggestionsJson FROM articles').get()).toEqual({ title: '稿', suggestionsJson: null });
    db.prepare("INSERT INTO rejected_tags (article_id, type, name) VALUES (1, 'theme', '司法改革')").run();
    expect(() => db.prepare("INSERT INTO rejected_tags (article_id, type, name) VALUES (1, 'topic', '无')").run()).toThrow(/CHECK/);
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM rejected_tags').pluck().get()).toBe(0);
    db.close();
  });
});
