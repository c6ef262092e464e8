// `npm run bench`: every speed and memory target, with the scale it was measured at.
// Targets live here, never in timed unit tests. Run one part with `npm run bench -- engine` / `editing` / `library` / `pdf`;
// `npm run bench -- library --db postgres://user@host:port/db [--keep]` measures a shared PostgreSQL library on that server.
import { benchEditing } from './bench-editing';
import { benchEngine } from './bench-engine';
import { benchLibrary } from './bench-library';
import { benchPdf } from './bench-pdf';

const parts: Record<string, () => Promise<void>> = { engine: benchEngine, editing: benchEditing, library: benchLibrary, pdf: benchPdf };

const wanted = process.argv.slice(2).filter((arg) => arg in parts);

console.log(`Qinggao benchmarks — node ${process.version}, ${process.platform}/${process.arch}`);
for (const [name, run] of Object.entries(parts)) {
  if (wanted.length && !wanted.includes(name)) continue;
  console.log(`\n== ${name} ==`);
  await run();
}
