// Run as a child process by read-only-library.test.ts, as a user who may not
// write the library: opens it, reads, searches, exports, then tries to save and
// to back up, and prints what happened as JSON.
import { ApiError } from '../../core/api/api-error';
import { openLibrary } from './open-library';

const [dataDir, exportDir] = process.argv.slice(2);

function outcome(error: unknown): { code: string; message: string } {
  return { code: error instanceof ApiError ? error.code : 'thrown', message: error instanceof Error ? error.message : String(error) };
}

const library = await openLibrary({ dataDir });
const report: Record<string, unknown> = { health: library.health };
const services = library.services;
if (services) {
  report.pages = await services.store.read.pages.count();
  report.hits = (await services.search.search('党建', {}, 0, 5)).total;
  report.exported = (await services.exports.exportArticles({ filter: {}, format: 'txt', layout: 'per-article', confirmedTagsOnly: false }, { directory: exportDir })).files.length;
  try {
    await services.settings.set({ locale: 'en' });
    report.save = 'saved';
  } catch (error) {
    report.save = outcome(error);
  }
  try {
    report.backup = (await library.backups.create()).file;
  } catch (error) {
    report.backup = outcome(error);
  }
  try {
    await library.backups.restore(String(library.health.latestBackup));
    report.restore = 'restored';
  } catch (error) {
    report.restore = outcome(error);
  }
}
library.close();
process.stdout.write(JSON.stringify(report));
