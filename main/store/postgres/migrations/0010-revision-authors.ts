import type { SqlClient } from '../../sql/sql-client';

// As SQLite's 0010: who saved each revision. And what only a library several
// people use at once needs:
// - article_presence: who has which article open (postgres-change-feed.ts);
//   rows are stamped by the server's clock, so laptops' clocks do not matter.
//   No foreign key: an article removed under someone's open editor must not
//   fail their next stamp.
// - statement triggers that NOTIFY qinggao_changes when pages, articles or tags
//   change. PostgreSQL delivers a notification when its transaction commits and
//   folds identical ones within a transaction, so an import of a thousand pages
//   is a handful of notifications, never one per row.
export async function migration0010RevisionAuthors(sql: SqlClient): Promise<void> {
  await sql.exec(`
    ALTER TABLE revisions ADD COLUMN saved_by TEXT COLLATE "C";

    CREATE TABLE article_presence (
      client_id TEXT COLLATE "C" PRIMARY KEY,
      article_id BIGINT NOT NULL,
      person TEXT COLLATE "C" NOT NULL,
      seen_at TIMESTAMPTZ NOT NULL
    );
    CREATE INDEX article_presence_by_article ON article_presence(article_id, seen_at);

    CREATE FUNCTION qinggao_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('qinggao_changes', TG_TABLE_NAME);
      RETURN NULL;
    END;
    $$;
    CREATE TRIGGER pages_notify AFTER INSERT OR UPDATE OR DELETE ON pages FOR EACH STATEMENT EXECUTE FUNCTION qinggao_notify_change();
    CREATE TRIGGER articles_notify AFTER INSERT OR UPDATE OR DELETE ON articles FOR EACH STATEMENT EXECUTE FUNCTION qinggao_notify_change();
    CREATE TRIGGER article_tags_notify AFTER INSERT OR UPDATE OR DELETE ON article_tags FOR EACH STATEMENT EXECUTE FUNCTION qinggao_notify_change();
    CREATE TRIGGER courts_notify AFTER INSERT OR UPDATE OR DELETE ON courts FOR EACH STATEMENT EXECUTE FUNCTION qinggao_notify_change();
    CREATE TRIGGER themes_notify AFTER INSERT OR UPDATE OR DELETE ON themes FOR EACH STATEMENT EXECUTE FUNCTION qinggao_notify_change();
  `);
}
