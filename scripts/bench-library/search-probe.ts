// Run in a child process (so RSS is the library's, not the builder's): opens
// the library (a SQLite data folder, or with `--db URL` a shared PostgreSQL
// library), times a mix of searches, prints one JSON line.
import { openLibrary } from '../../main/library/open-library';
import { openSharedLibrary } from '../../main/library/open-shared-library';
import { parseSharedLocation } from '../../main/library/library-location';
import type { ArticleFilter } from '../../core/model/library';
import { benchQueries, percentile } from './search-queries';

const [dataDir, flag, url] = process.argv.slice(2);
const library = flag === '--db' && url ? await openSharedLibrary({ location: parseSharedLocation(url, process.env), dataDir }) : await openLibrary({ dataDir });
// Time the steady state, after the large library's background whole-file check.
const checkStarted = performance.now();
// The check's worker does not hold the process open by itself; this timer does, meanwhile.
const keepAlive = setInterval(() => undefined, 1000);
await library.whenChecked();
clearInterval(keepAlive);
const backgroundCheckMs = performance.now() - checkStarted;
const services = library.services!;
const queries = benchQueries(services.vocabulary.current());

// Warm the page cache once, as an editor's session would.
for (const { query, filter } of queries) await services.search.search(query, filter, 0, 20);
const timings: Record<string, number[]> = { all: [], '1-char': [], '2-char': [], '3+-char': [], filtered: [], unfiltered: [] };
const slowest: { query: string; filter: ArticleFilter; ms: number }[] = [];
for (let round = 0; round < 3; round++) {
  for (const { kind, query, filter } of queries) {
    const started = performance.now();
    await services.search.search(query, filter, round * 20, 20);
    const ms = performance.now() - started;
    timings.all.push(ms);
    timings[kind].push(ms);
    timings[Object.keys(filter).length ? 'filtered' : 'unfiltered'].push(ms);
    slowest.push({ query, filter, ms });
  }
}
const summary = Object.fromEntries(Object.entries(timings).map(([kind, values]) => [kind, { count: values.length, p50: percentile(values, 50), p95: percentile(values, 95) }]));
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const articles = await services.store.read.articles.count();
process.stdout.write(
  `${JSON.stringify({
    articles,
    summary,
    slowest: slowest.sort((a, b) => b.ms - a.ms).slice(0, 5),
    rssMb: process.memoryUsage().rss / 1024 / 1024,
    backgroundCheckMs,
  })}\n`,
);
library.close();
