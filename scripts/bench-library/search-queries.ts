// The search bench's query mix, the same on both engines: 1-, 2- and 3+-character
// queries, common and rare, each without a filter and with the filters an editor
// uses (court, theme, status, a date range, a page label with a theme).
import type { ArticleFilter } from '../../core/model/library';
import type { Vocabulary } from '../../core/model/vocabulary';

export interface BenchQuery {
  kind: '1-char' | '2-char' | '3+-char';
  query: string;
  filter: ArticleFilter;
}

export function benchQueries(vocabulary: Vocabulary): BenchQuery[] {
  const court = vocabulary.courts[3].name;
  const theme = vocabulary.themes[0].name;
  const one = ['鄂', '赤', '冬', '桥', '溯', '凝', '法'];
  const two = ['党建', '执行', '调解', '法官', '诉讼', '纠纷', '林区', '草原'];
  const more = ['人民法院', '诉源治理', '一站式诉讼服务', '铸牢中华民族共同体意识', '司法为民', '矛盾纠纷化解'];
  const filters: ArticleFilter[] = [{}, { court }, { theme }, { status: 'proofread' }, { dateFrom: '2018-01-01', dateTo: '2019-12-31' }, { pageLabel: '02版', theme }];
  const queries: BenchQuery[] = [];
  for (const filter of filters) {
    for (const query of one) queries.push({ kind: '1-char', query, filter });
    for (const query of two) queries.push({ kind: '2-char', query, filter });
    for (const query of more) queries.push({ kind: '3+-char', query, filter });
  }
  return queries;
}

/** The value below which p percent of the values lie (nearest rank). */
export const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
