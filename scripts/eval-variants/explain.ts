// Where a prediction departs from the gold on one variant page, in the scorer's terms:
// wrong breaks (with both raw lines), article count, titles, fields, and the worst blocks.
import { type GoldDoc } from './render';
import { norm, scoreLines, scoreUnits, scorerJoined, scorerLineArticle } from './check';

const FIELDS = ['subtitle', 'byline', 'dateline', 'credit'] as const;
const clip = (s: string, n = 40): string => (s.length > n ? `${s.slice(0, n)}…` : s);

export function explainPage(name: string, raw: string, gold: GoldDoc, pred: GoldDoc, maxBreaks = 12): string[] {
  const out: string[] = [];
  const gu = scoreUnits(gold);
  const pu = scoreUnits(pred);
  const lines = scoreLines(raw);
  const wrong: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1];
    const b = lines[i];
    const g = scorerJoined(gu, a, b);
    const p = scorerJoined(pu, a, b);
    if (g !== p) {
      wrong.push(
        `    L${a.index + 1}|${b.gap ? 'gap ' : 'wrap'}| gold ${g ? 'JOIN ' : 'SPLIT'} engine ${p ? 'JOIN ' : 'SPLIT'} | ${JSON.stringify(clip(a.text, 30))} ⏎ ${JSON.stringify(clip(b.text, 30))}`,
      );
    }
  }
  const gArt = lines.map((l) => scorerLineArticle(gu, l) ?? -2);
  const pArt = lines.map((l) => scorerLineArticle(pu, l));
  const misplaced = lines.filter((_, i) => (gArt[i] === -1) !== (pArt[i] === -1) || pArt[i] === null).length;
  out.push(
    `  ${name}: ${wrong.length}/${Math.max(0, lines.length - 1)} breaks wrong, articles ${pred.articles.length}/${gold.articles.length}, furniture ${pred.furniture.length}/${gold.furniture.length}, furniture/article or missing lines ${misplaced}`,
  );
  out.push(...wrong.slice(0, maxBreaks));
  if (wrong.length > maxBreaks) out.push(`    … ${wrong.length - maxBreaks} more`);
  // Articles: match each gold article to the prediction holding most of its lines (as score.mjs).
  const used = new Set<number>();
  gold.articles.forEach((g, gi) => {
    const votes = new Map<number, number>();
    lines.forEach((_, li) => {
      const p = pArt[li];
      if (gArt[li] === gi && p !== null && p >= 0) votes.set(p, (votes.get(p) ?? 0) + 1);
    });
    const best = [...votes.entries()].filter(([pi]) => !used.has(pi)).sort((x, y) => y[1] - x[1])[0];
    if (!best) {
      out.push(`    article ${gi} «${g.title}»: no prediction holds its lines`);
      return;
    }
    used.add(best[0]);
    const p = pred.articles[best[0]];
    if (norm(p.title) !== norm(g.title)) out.push(`    title: gold «${g.title}» engine «${p.title}»`);
    for (const f of FIELDS) {
      if (norm(p[f]) !== norm(g[f])) out.push(`    ${f} («${clip(g.title, 12)}»): gold ${JSON.stringify(g[f])} engine ${JSON.stringify(p[f])}`);
    }
    const gb = g.blocks.map((b) => `${b.type[0]}:${b.text}`);
    const pb = p.blocks.map((b) => `${b.type[0]}:${b.text}`);
    if (gb.join('\n') !== pb.join('\n')) {
      const extra = pb.filter((b) => !gb.includes(b));
      const missing = gb.filter((b) => !pb.includes(b));
      out.push(`    blocks («${clip(g.title, 12)}»): ${pb.length} vs gold ${gb.length}; gold-only ${missing.length}, engine-only ${extra.length}`);
      for (const b of missing.slice(0, 3)) out.push(`      gold   ${JSON.stringify(clip(b, 60))}`);
      for (const b of extra.slice(0, 3)) out.push(`      engine ${JSON.stringify(clip(b, 60))}`);
    }
  });
  pred.articles.forEach((p, pi) => {
    if (!used.has(pi)) out.push(`    extra engine article ${pi}: «${p.title}» (${p.blocks.length} blocks)`);
  });
  return out;
}

interface EngineBreak {
  before: number;
  after: number;
  kind: 'wrap' | 'gap';
  decision: 'join' | 'split';
  reason: string;
}

/** Wrong break decisions of one page keyed by the engine's own reason (decide-breaks.ts), with the raw lines. */
export function wrongBreaksByReason(
  name: string,
  raw: string,
  gold: GoldDoc,
  breaks: readonly EngineBreak[],
  trueJoin: (before: number, after: number) => boolean | null,
  into: Map<string, string[]>,
): void {
  const gu = scoreUnits(gold);
  const rawLines = raw.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  const line = (index: number) => ({ index, text: rawLines[index], norm: norm(rawLines[index]), gap: false });
  for (const b of breaks) {
    const a = line(b.before);
    const c = line(b.after);
    if (!a.norm || !c.norm) continue;
    const g = scorerJoined(gu, a, c);
    if (g === (b.decision === 'join')) continue;
    const noise = trueJoin(b.before, b.after) === !g ? ' [scorer probe noise: the engine is right]' : '';
    const key = `${b.kind} gold ${g ? 'JOIN' : 'SPLIT'}, engine ${b.decision}: ${b.reason}${noise}`;
    const list = into.get(key) ?? [];
    list.push(`${name} L${b.before + 1}: ${JSON.stringify(clip(a.text.trimEnd(), 24))} ⏎${b.kind === 'gap' ? '⏎' : ''} ${JSON.stringify(clip(c.text, 24))}`);
    into.set(key, list);
  }
}
