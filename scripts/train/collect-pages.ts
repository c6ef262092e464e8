// The pages the layout model learns from: raw text + gold, from every set that may be trained on.
// NEVER corpus/pages/test: that split is only scored.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { LAYOUTS, rawText, renderPage, type GoldDoc, type LayoutName } from '../eval-variants/render';
import { mixArticles } from './mix-articles';

export interface TrainingPage {
  set: string;
  name: string;
  raw: string;
  gold: GoldDoc;
}

function pairsIn(set: string, folder: string): TrainingPage[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith('.gold.json') && existsSync(path.join(folder, file.replace(/\.gold\.json$/u, '.txt'))))
    .sort()
    .map((file) => {
      const name = file.replace(/\.gold\.json$/u, '');
      return { set, name, raw: readFileSync(path.join(folder, `${name}.txt`), 'utf8'), gold: JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as GoldDoc };
    });
}

/** Seeds of the re-rendered layouts: not the 1–5 that scripts/eval-variants.ts scores. */
export const VARIANT_SEEDS = [101, 102];
/** Pages of mixed articles, each set in every layout of `mixedLayouts`. */
export const MIXED_PAGES = 40;

/** The hand-corrected pages training may read (a corpus page extracted several ways comes once per extractor). */
export function collectGoldPages(repoRoot: string): TrainingPage[] {
  const shared = path.resolve(repoRoot, '..', 'shared');
  const pages: TrainingPage[] = [
    ...pairsIn('public-gold', path.join(shared, 'eval', 'gold')),
    ...pairsIn('holdout', path.join(repoRoot, 'eval', 'holdout')),
    ...pairsIn('holdout2', path.join(repoRoot, 'eval', 'holdout2')),
    ...pairsIn('holdout3', path.join(repoRoot, 'eval', 'holdout3')),
  ];
  const corpusTrain = path.join(repoRoot, 'corpus', 'pages', 'train');
  if (existsSync(corpusTrain)) {
    for (const kind of readdirSync(corpusTrain).sort()) pages.push(...pairsIn(`corpus-train/${kind}`, path.join(corpusTrain, kind)));
  }
  return pages;
}

/** Each gold once: a corpus page extracted several ways has one gold. */
export function distinctGolds(pages: readonly TrainingPage[]): TrainingPage[] {
  const seen = new Set<string>();
  return pages.filter((page) => {
    const key = JSON.stringify(page.gold.articles);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function collectTrainingPages(repoRoot: string): TrainingPage[] {
  const pages = collectGoldPages(repoRoot);
  // Every gold page again in the other layouts pages come in, by the independent renderer.
  const distinct = distinctGolds(pages);
  const variants: TrainingPage[] = [];
  for (const page of distinct) {
    for (const { name: layout } of LAYOUTS) {
      if (layout === 'crlf' || layout === 'bom') continue;
      for (const seed of VARIANT_SEEDS) {
        const rendered = renderPage(page.gold, page.raw, layout, seed, {});
        variants.push({ set: `variants/${layout}`, name: `${page.name}~${layout}-s${seed}`, raw: rawText(rendered), gold: page.gold });
      }
    }
  }
  // Articles of several pages set together with plainer heads, in the layouts where heads are hardest to prove.
  const handMade = distinct.map((page) => page.gold);
  const mixedLayouts: LayoutName[] = ['oneline', 'oneline-tight', 'indented', 'indented-oneline', 'narrow', 'wide', 'markdown-mixed'];
  for (const doc of mixArticles(handMade, MIXED_PAGES, 'train')) {
    for (const layout of mixedLayouts) {
      const rendered = renderPage(doc, '', layout, 1, {});
      variants.push({ set: `mixed/${layout}`, name: `${doc.source}~${layout}`, raw: rawText(rendered), gold: doc });
    }
  }
  return [...pages, ...variants];
}
