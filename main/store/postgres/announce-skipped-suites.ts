// vitest globalSetup: runs once per `vitest run` and says in one line why the
// PostgreSQL suites are skipped, instead of leaving bare "skipped" marks to guess at.
import { pgAvailable, postgresSkipReason } from './test-server';

export default function announceSkippedPostgresSuites(): void {
  if (!pgAvailable()) console.log(`PostgreSQL suites skipped: ${postgresSkipReason()}`);
}
