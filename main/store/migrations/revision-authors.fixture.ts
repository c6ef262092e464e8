// What migration 0010 promises on either engine (its SQLite and PostgreSQL tests both ask it):
// the one revision a version-9 library had was saved by no one; revisions written from then on
// record who saved them, the store's person or the one a revision names.
import { expect } from 'vitest';
import { createRevisionReads, createRevisionWrites } from '../repositories/revisions-repository';
import type { SqlClient } from '../sql/sql-client';

export async function expectRevisionAuthors(sql: SqlClient): Promise<void> {
  expect(await createRevisionReads(sql).get(1, 1)).toMatchObject({ revision: 1, savedAt: 'then', text: '正文', savedBy: null });
  const row = { articleId: 1, revision: 2, savedAt: 'now', reason: 'edit', status: 'raw' as const, title: '稿', fieldsJson: '{}', blocksJson: '[]', docJson: 'null', text: '改过' };
  await createRevisionWrites(sql, '王编辑').insert(row);
  await createRevisionWrites(sql, '王编辑').insert({ ...row, revision: 3, savedBy: '李编辑' });
  expect((await createRevisionReads(sql).list(1)).map((revision) => [revision.revision, revision.savedBy])).toEqual([
    [3, '李编辑'],
    [2, '王编辑'],
    [1, null],
  ]);
}
