// The acceptance test of postgres-client.ts (and of the test-database fixture it
// runs on): a real PostgreSQL server, a fresh database, real connections.
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPostgresClient, numberPlaceholders, type PostgresClient } from './postgres-client';
import { createTestDatabase, describePostgres, type TestDatabase } from './test-database.fixture';

/** A promise and the function that settles it: lets two transactions wait for each other. */
function signal(): { reached: Promise<void>; reach: () => void } {
  let reach!: () => void;
  const reached = new Promise<void>((resolve) => (reach = resolve));
  return { reached, reach };
}

describe('numberPlaceholders', () => {
  it('numbers the ? placeholders in order, casts and all', () => {
    expect(numberPlaceholders('SELECT ?::int + ? WHERE name IN (SELECT unnest(?::bigint[]))')).toBe('SELECT $1::int + $2 WHERE name IN (SELECT unnest($3::bigint[]))');
    expect(numberPlaceholders('SELECT 1')).toBe('SELECT 1');
  });
});

describePostgres('createTestDatabase', () => {
  it('gives each caller an empty database of its own, and drop() removes it even while connections are open', async () => {
    const first = await createTestDatabase();
    const second = await createTestDatabase();
    expect(first.name).toMatch(new RegExp(`^qinggao_t_${process.pid}_\\d+_[0-9a-f]{8}$`));
    expect(second.name).not.toBe(first.name);

    const connection = new pg.Client({ connectionString: first.url });
    connection.on('error', () => undefined);
    await connection.connect();
    expect((await connection.query('SELECT current_database() AS name')).rows[0].name).toBe(first.name);
    expect((await connection.query(`SELECT count(*)::int AS tables FROM pg_tables WHERE schemaname = 'public'`)).rows[0].tables).toBe(0);
    await connection.query('CREATE TABLE left_behind (id int)');

    await first.drop(); // the connection is still open: drop() must end it
    await expect(connection.query('SELECT 1')).rejects.toThrow();
    const server = new pg.Client({ connectionString: process.env.QINGGAO_TEST_PG_URL });
    await server.connect();
    try {
      const names = (await server.query<{ datname: string }>('SELECT datname FROM pg_database')).rows.map((row) => row.datname);
      expect(names).not.toContain(first.name);
      expect(names).toContain(second.name);
    } finally {
      await server.end();
    }
    await first.drop(); // twice is harmless
    await second.drop();
  });
});

describePostgres('createTestDatabase with a locale', () => {
  it('makes a database of that locale, where pg_trgm sees CJK characters (under C it sees none)', async () => {
    const trigrams = async (database: TestDatabase) => {
      const client = createPostgresClient({ connectionString: database.url });
      try {
        await client.exec('CREATE EXTENSION IF NOT EXISTS pg_trgm');
        return {
          ctype: await client.value('SELECT datctype FROM pg_database WHERE datname = current_database()'),
          trigrams: await client.value<string[]>(`SELECT show_trgm('法院')`),
        };
      } finally {
        await client.close();
      }
    };
    const utf8 = await createTestDatabase({ locale: 'C.UTF-8' });
    const plain = await createTestDatabase({ locale: 'C' });
    try {
      const inUtf8 = await trigrams(utf8);
      expect(inUtf8.ctype).toBe('C.UTF-8');
      expect(inUtf8.trigrams!.length).toBeGreaterThan(0);
      expect(await trigrams(plain)).toEqual({ ctype: 'C', trigrams: [] });
    } finally {
      await utf8.drop();
      await plain.drop();
    }
  });
});

describePostgres('postgres-client on a real server', () => {
  let database: TestDatabase;
  let client: PostgresClient;
  const names = () => client.column<string>('SELECT name FROM item ORDER BY name');
  const insert = (name: string) => client.run('INSERT INTO item (name) VALUES (?)', [name]);

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });
  beforeEach(async () => {
    client = createPostgresClient({ connectionString: database.url });
    await client.exec('DROP TABLE IF EXISTS item; CREATE TABLE item (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL UNIQUE, weight BIGINT, data BYTEA)');
  });
  afterEach(async () => {
    await client.close();
  });

  it('binds ? placeholders and reads rows back through all, get, column and value', async () => {
    expect(await client.run('INSERT INTO item (name, weight) VALUES (?, ?), (?, ?)', ['稿件一', 3, '稿件二', 5])).toEqual({ changes: 2 });
    expect(await client.all('SELECT name, weight FROM item WHERE weight >= ? ORDER BY weight', [3])).toEqual([
      { name: '稿件一', weight: 3 },
      { name: '稿件二', weight: 5 },
    ]);
    expect(await client.get('SELECT name AS "articleName" FROM item WHERE weight = ?', [5])).toEqual({ articleName: '稿件二' });
    expect(await client.get('SELECT name FROM item WHERE weight = ?', [99])).toBeUndefined();
    expect(await client.column('SELECT name FROM item WHERE name <> ? ORDER BY name', ['稿件一'])).toEqual(['稿件二']);
    expect(await client.value('SELECT weight FROM item WHERE name = ?', ['稿件一'])).toBe(3);
    expect(await client.value('SELECT weight FROM item WHERE name = ?', ['无此稿'])).toBeUndefined();
    expect(await client.run('UPDATE item SET weight = weight + ? WHERE weight < ?', [1, 100])).toEqual({ changes: 2 });
    expect(await client.run('DELETE FROM item WHERE weight = ? RETURNING id', [6])).toEqual({ changes: 1 });
    expect(await client.value('SELECT ?::boolean AND ?::boolean', [true, false])).toBe(false);
  });

  it('gives counts, bigint ids and sums as numbers, as SQLite does', async () => {
    await client.run('INSERT INTO item (name, weight) VALUES (?, ?), (?, ?)', ['a', 2 ** 40, 'b', 1]);
    const row = await client.get<{ count: unknown; id: unknown; total: unknown }>('SELECT count(*) AS count, max(id) AS id, sum(weight) AS total FROM item');
    expect(row).toEqual({ count: 2, id: 2, total: 2 ** 40 + 1 });
    expect(typeof (await client.value('SELECT count(*) FROM item'))).toBe('number');
  });

  it('stores BYTEA from a Buffer or a Uint8Array and reads it back as a Buffer', async () => {
    const bytes = [0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x0a];
    await client.run('INSERT INTO item (name, data) VALUES (?, ?), (?, ?)', ['buffer', Buffer.from(bytes), 'array', new Uint8Array(bytes)]);
    const rows = await client.all<{ name: string; data: Buffer }>('SELECT name, data FROM item ORDER BY name');
    for (const row of rows) {
      expect(Buffer.isBuffer(row.data)).toBe(true);
      expect([...row.data]).toEqual(bytes);
    }
  });

  it('selects by idList among other placeholders, and an empty list selects nothing', async () => {
    for (const name of ['a', 'b', 'c', 'd']) await insert(name);
    const ids = await client.column<number>('SELECT id FROM item ORDER BY id');
    const some = client.idList([ids[0], ids[2], ids[3]]);
    expect(await client.column(`SELECT name FROM item WHERE name <> ? AND id IN ${some.sql} AND id > ? ORDER BY name`, ['d', some.param, 0])).toEqual(['a', 'c']);
    const none = client.idList([]);
    expect(await client.column(`SELECT name FROM item WHERE id IN ${none.sql}`, [none.param])).toEqual([]);
  });

  it('commits a transaction when its work resolves, and returns what the work returned', async () => {
    const result = await client.transaction(async () => {
      await insert('a');
      await insert('b');
      expect(client.inTransaction()).toBe(true);
      return 'done';
    });
    expect(result).toBe('done');
    expect(client.inTransaction()).toBe(false);
    // Seen from another connection: really committed.
    const other = createPostgresClient({ connectionString: database.url });
    expect(await other.column('SELECT name FROM item ORDER BY name')).toEqual(['a', 'b']);
    await other.close();
  });

  it('rolls back everything when the work throws, statements not awaited included, and rethrows the error', async () => {
    const failure = new Error('stop here');
    let pending: Promise<unknown>[] = [];
    await expect(
      client.transaction(async () => {
        await insert('a');
        pending = [insert('b'), client.exec(`INSERT INTO item (name) VALUES ('c')`)];
        throw failure;
      }),
    ).rejects.toBe(failure);
    await Promise.all(pending);
    expect(await names()).toEqual([]);
  });

  it('releases the connection of every failed transaction (more failures than the pool has connections)', async () => {
    const small = createPostgresClient({ connectionString: database.url, max: 2 });
    for (let attempt = 0; attempt < 5; attempt++) {
      await expect(small.transaction(() => small.run('INSERT INTO item (name) VALUES (NULL)'))).rejects.toThrow(/null value/);
    }
    expect(await small.value('SELECT count(*) FROM item')).toBe(0);
    await small.close();
  });

  it('joins a transaction started inside a transaction to the outer one', async () => {
    await expect(
      client.transaction(async () => {
        await insert('outer');
        const outerConnection = await client.value('SELECT pg_backend_pid()');
        await client.transaction(async () => {
          expect(await client.value('SELECT pg_backend_pid()')).toBe(outerConnection);
          expect(await names()).toEqual(['outer']);
          await insert('inner');
        });
        expect(await names()).toEqual(['inner', 'outer']);
        throw new Error('undo both');
      }),
    ).rejects.toThrow('undo both');
    expect(await names()).toEqual([]);
  });

  it('runs concurrent transactions each on its own connection, isolated from each other and from statements outside', async () => {
    const first = signal();
    const second = signal();
    const lookedOutside = signal();
    const seen: Record<string, unknown> = {};
    const one = client.transaction(async () => {
      await insert('one');
      first.reach();
      await second.reached; // both are open now, each with an uncommitted row
      seen.one = await names();
      seen.onePid = await client.value('SELECT pg_backend_pid()');
      await lookedOutside.reached; // neither commits before the statement outside has run
    });
    const two = client.transaction(async () => {
      await insert('two');
      second.reach();
      await first.reached;
      seen.two = await names();
      seen.twoPid = await client.value('SELECT pg_backend_pid()');
      await lookedOutside.reached;
    });
    await Promise.all([first.reached, second.reached]);
    const outside = await names();
    lookedOutside.reach();
    await Promise.all([one, two]);
    expect(seen.one).toEqual(['one']);
    expect(seen.two).toEqual(['two']);
    expect(outside).toEqual([]);
    expect(seen.onePid).not.toBe(seen.twoPid);
    expect(await names()).toEqual(['one', 'two']);
  });

  it('runs a statement left over from a finished transaction as an ordinary statement, never inside the next transaction', async () => {
    const late = signal();
    let leftover: Promise<unknown> = Promise.resolve();
    await client.transaction(async () => {
      await insert('committed');
      // Scheduled from inside the transaction, runs after it has committed.
      leftover = late.reached.then(() => insert('late'));
    });
    await expect(
      client.transaction(async () => {
        await insert('rolled back');
        late.reach();
        await leftover;
        throw new Error('roll back this transaction only');
      }),
    ).rejects.toThrow('roll back this transaction only');
    expect(await names()).toEqual(['committed', 'late']);
  });

  it('reports a connection lost in mid-transaction, applies none of it, and keeps working', async () => {
    const server = createPostgresClient({ connectionString: database.url });
    await expect(
      client.transaction(async () => {
        await insert('before the loss');
        const pid = await client.value<number>('SELECT pg_backend_pid()');
        await server.run('SELECT pg_terminate_backend(?)', [pid!]);
        await insert('after the loss');
      }),
    ).rejects.toThrow(/terminat|connection/);
    await server.close();
    expect(await names()).toEqual([]);
    await client.transaction(() => insert('next'));
    expect(await names()).toEqual(['next']);
  });
});
