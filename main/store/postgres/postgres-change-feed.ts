// Live updates on a shared library. The schema's statement triggers (migration
// 0010) NOTIFY `qinggao_changes` when pages, articles or tags change; PostgreSQL
// delivers a notification only when its transaction commits, so a listener never
// hears of a change it cannot yet read. One dedicated connection LISTENs and
// counts them; the renderer polls the count (library:changes) every few seconds.
// A dropped connection is re-opened, and the count is bumped once on reconnect:
// whatever happened while deaf is then picked up by one reload.
//
// Who has an article open lives in article_presence (migration 0010): each poll
// with an open article stamps the caller's row with the server's clock, and
// others' rows younger than PRESENCE_SECONDS are the article's other editors.
// Nobody is locked out; it is only shown.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { ChangeFeed } from '../change-feed';
import type { SqlClient } from '../sql/sql-client';

const CHANNEL = 'qinggao_changes';
const PRESENCE_SECONDS = 15;
const RECONNECT_MS = 2_000;

/** `onChange`: told the table of each change (the vocabulary service reloads its cached lists when courts or themes change). */
export function createPostgresChangeFeed(sql: SqlClient, config: pg.ClientConfig, person: string, onChange?: (table: string) => void): ChangeFeed {
  const clientId = randomUUID();
  let cursor = 0;
  let closed = false;
  let listener: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;

  async function listen(): Promise<void> {
    if (closed) return;
    const client = new pg.Client(config);
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL) return;
      cursor++;
      onChange?.(message.payload ?? '');
    });
    client.on('error', () => reconnect(client));
    client.on('end', () => reconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      listener = client;
    } catch {
      reconnect(client);
    }
  }

  function reconnect(client: pg.Client): void {
    if (listener === client) listener = null;
    client.removeAllListeners('end');
    void client.end().catch(() => undefined);
    if (closed || retry) return;
    cursor++;
    retry = setTimeout(() => {
      retry = null;
      void listen();
    }, RECONNECT_MS);
    retry.unref();
  }

  const ready = listen();

  return {
    async changes(articleId) {
      await ready;
      if (articleId === undefined) {
        await sql.run('DELETE FROM article_presence WHERE client_id = ?', [clientId]);
        return { cursor, editors: [] };
      }
      await sql.run(
        `INSERT INTO article_presence (client_id, article_id, person, seen_at) VALUES (?, ?, ?, now())
         ON CONFLICT (client_id) DO UPDATE SET article_id = excluded.article_id, person = excluded.person, seen_at = excluded.seen_at`,
        [clientId, articleId, person],
      );
      const editors = await sql.column<string>(
        `SELECT DISTINCT person FROM article_presence
         WHERE article_id = ? AND client_id <> ? AND seen_at > now() - make_interval(secs => ?) ORDER BY person`,
        [articleId, clientId, PRESENCE_SECONDS],
      );
      return { cursor, editors };
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      await sql.run('DELETE FROM article_presence WHERE client_id = ?', [clientId]).catch(() => undefined);
      const client = listener;
      listener = null;
      if (client) {
        client.removeAllListeners('end');
        await client.end().catch(() => undefined);
      }
    },
  };
}
