// Runs once per `playwright test`: says in one line why the electron project
// is skipped here, instead of leaving 30-odd bare "skipped" marks to guess at.
import { ELECTRON_MISSING_REASON, electronBinary } from './fixtures';

export default function globalSetup(): void {
  if (!electronBinary()) console.log(`electron project skipped: ${ELECTRON_MISSING_REASON}`);
}
