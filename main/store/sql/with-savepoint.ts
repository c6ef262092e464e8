// A transaction inside a transaction: a savepoint, so that a part that fails
// (one page of an import group) is undone alone and the rest still commits.
// Same SQL in SQLite and PostgreSQL.
let next = 0;

export async function withSavepoint<T>(exec: (script: string) => unknown, work: () => Promise<T>): Promise<T> {
  const name = `qinggao_${++next}`;
  await exec(`SAVEPOINT ${name}`);
  try {
    const result = await work();
    await exec(`RELEASE SAVEPOINT ${name}`);
    return result;
  } catch (error) {
    await exec(`ROLLBACK TO SAVEPOINT ${name}`);
    await exec(`RELEASE SAVEPOINT ${name}`);
    throw error;
  }
}
