// New training pages from the gold articles: articles of different pages set together, their heads
// stripped of what proves them (no byline, no dateline, a byline of bare names), as pages nobody
// tuned the rules on come. The gold stays exact: only fields are dropped or rewritten.
import { makeRng, type GoldArticle, type GoldDoc } from '../eval-variants/render';

const SURNAMES = [...'陈王李张刘杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'];
const GIVEN = [...'俊南丽波东文敏强军伟芳娜静磊洋勇艳杰涛明超霞平刚桂英华红玉兰凤云莲梅琴秀海鑫宇晨阳雪慧佳琳浩然博'];

function bareNames(rng: ReturnType<typeof makeRng>): string {
  const count = rng.pick([1, 2, 2, 2, 3]);
  const names: string[] = [];
  for (let index = 0; index < count; index++) {
    let name = rng.pick(SURNAMES);
    const length = rng.pick([1, 2, 2]);
    for (let char = 0; char < length; char++) name += rng.pick(GIVEN);
    names.push(name);
  }
  return names.join(rng.pick([' ', ' ', '\u3000']));
}

/** An article with its head made plainer, at random. */
function plainer(article: GoldArticle, rng: ReturnType<typeof makeRng>): GoldArticle {
  const copy: GoldArticle = { ...article, blocks: [...article.blocks] };
  const byline = rng.next();
  if (byline < 0.35) copy.byline = null;
  else if (byline < 0.7) copy.byline = bareNames(rng);
  if (rng.chance(0.5)) copy.dateline = null;
  if (rng.chance(0.3)) copy.subtitle = null;
  if (rng.chance(0.3)) copy.credit = null;
  return copy;
}

/** `count` pages, each of two to four articles from different gold pages. */
export function mixArticles(docs: readonly GoldDoc[], count: number, seed: string): GoldDoc[] {
  const rng = makeRng(`mix:${seed}`);
  const articles = docs.flatMap((doc) => doc.articles);
  const pages: GoldDoc[] = [];
  for (let page = 0; page < count; page++) {
    const chosen = new Set<number>();
    const size = rng.int(2, 4);
    while (chosen.size < Math.min(size, articles.length)) chosen.add(rng.int(0, articles.length - 1));
    const host = rng.pick(docs);
    pages.push({
      source: `mix-${seed}-${page}.txt`,
      publication: null,
      issue_date: null,
      page_label: null,
      furniture: rng.chance(0.5) ? host.furniture : [],
      articles: [...chosen].map((index) => plainer(articles[index], rng)),
    });
  }
  return pages;
}
