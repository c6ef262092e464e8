// Run in a child process (so RSS is the library's, not the builder's): opens
// the library, times a mix of searches, prints one JSON line.
import { openLibrary } from '../../main/library/open-library';
import type { ArticleFilter } from '../../core/model/library';

const [dataDir] = process.argv.slice(2);
const library = await openLibrary({ dataDir });
// Time the steady state, after the large library's background whole-file check.
const checkStarted = performance.now();
// The check's worker does not hold the process open by itself; this timer does, meanwhile.
const keepAlive = setInterval(() => undefined, 1000);
await library.whenChecked();
clearInterval(keepAlive);
const backgroundCheckMs = performance.now() - checkStarted;
const services = library.services!;
const vocabulary = services.vocabulary.current();
const court = vocabulary.courts[3].name;
const theme = vocabulary.themes[0].name;

const queries: { kind: string; query: string; filter: ArticleFilter }[] = [];
const one = ['鄂', '赤', '冬', '桥', '溯', '凝', '法'];
const two = ['党建', '执行', '调解', '法官', '诉讼', '纠纷', '林区', '草原'];
const more = ['人民法院', '诉源治理', '一站式诉讼服务', '铸牢中华民族共同体意识', '司法为民', '矛盾纠纷化解'];
const filters: ArticleFilter[] = [{}, { court }, { theme }, { status: 'proofread' }, { dateFrom: '2018-01-01', dateTo: '2019-12-31' }, { pageLabel: '02版', theme }];
for (const filter of filters) {
  for (const query of one) queries.push({ kind: '1-char', query, filter });
  for (const query of two) queries.push({ kind: '2-char', query, filter });
  for (const query of more) queries.push({ kind: '3+-char', query, filter });
}

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
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
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
