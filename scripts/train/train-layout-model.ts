// Trains the layout model and writes core/analysis/model/layout-model.json.
//   npm run train            (tsx scripts/train/train-layout-model.ts [--check])
// --check trains and compares with the shipped JSON instead of writing it (exit 1 if different).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { layOutByRules, readableLines } from '../../core/analysis/analyze-page';
import { extractPageLines } from '../../core/analysis/line-features';
import { breakFeatureValues, lineFeatureValues, type FeatureValues } from '../../core/analysis/model/layout-features';
import { LAYOUT_MODEL_VERSION, type LayoutModel } from '../../core/analysis/model/layout-model';
import { modelInputs } from '../../core/analysis/model/judge-layout';
import { MODEL_ROLES } from '../../core/analysis/model/line-signals';
import type { LogisticHead } from '../../core/analysis/model/logistic-head';
import { collectTrainingPages, VARIANT_SEEDS, type TrainingPage } from './collect-pages';
import { fitLogistic, type Sample } from './fit-logistic';
import { labelLines } from './label-lines';
import { writeOrCheck } from './write-or-check';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const modelPath = path.join(repoRoot, 'core', 'analysis', 'model', 'layout-model.json');
export const SETTINGS = { iterations: 300, learningRate: 0.05, l2: 0.001 };

interface Labelled {
  values: FeatureValues;
  label: number;
}

export interface TrainingData {
  role: Labelled[];
  start: Labelled[];
  join: Labelled[];
}

/** Features and labels of every line and break of the pages, in page order. */
export function buildTrainingData(pages: readonly TrainingPage[]): TrainingData {
  const data: TrainingData = { role: [], start: [], join: [] };
  for (const page of pages) {
    // The lines analyzePage reads.
    const { lines, notes } = readableLines(page.raw);
    const features = extractPageLines(lines);
    const labels = labelLines(lines.join('\n'), page.gold);
    if (labels.length !== features.length) throw new Error(`${page.name}: ${labels.length} labels for ${features.length} lines`);
    const { context, layout } = layOutByRules(features, lines, notes.length > 0);
    const signals = modelInputs(context, layout.units, layout.roles);
    features.forEach((_, position) => {
      const label = labels[position];
      if (label.role === null) return;
      const values = lineFeatureValues(signals, position);
      const role = MODEL_ROLES.indexOf(label.role as (typeof MODEL_ROLES)[number]);
      if (role >= 0) data.role.push({ values, label: role });
      data.start.push({ values, label: label.start ? 1 : 0 });
      if (position > 0 && label.joinsPrevious !== undefined && labels[position - 1].role !== null) {
        data.join.push({ values: breakFeatureValues(signals, position, layout.breaks[position - 1]), label: label.joinsPrevious ? 1 : 0 });
      }
    });
  }
  return data;
}

/** Fits one head; its features are every name seen, in first-seen order, `bias` first. */
export function trainHead(samples: readonly Labelled[], classes: string[]): LogisticHead {
  const index = new Map<string, number>([['bias', 0]]);
  for (const sample of samples) for (const name of Object.keys(sample.values)) if (!index.has(name)) index.set(name, index.size);
  const sparse: Sample[] = samples.map((sample) => {
    const entries = Object.entries(sample.values).filter(([, value]) => value !== 0);
    return { indices: entries.map(([name]) => index.get(name) as number), values: entries.map(([, value]) => value), label: sample.label };
  });
  const weights = fitLogistic(sparse, { classes: classes.length, features: index.size, bias: 0, ...SETTINGS });
  return { features: [...index.keys()], classes, weights };
}

function accuracy(head: LogisticHead, samples: readonly Labelled[]): number {
  let right = 0;
  for (const sample of samples) {
    const scores = head.weights.map((row) => row.reduce((sum, weight, index) => sum + weight * (sample.values[head.features[index]] ?? 0), 0));
    if (scores.indexOf(Math.max(...scores)) === sample.label) right++;
  }
  return right / Math.max(1, samples.length);
}

export function trainLayoutModel(pages: readonly TrainingPage[], data = buildTrainingData(pages)): LayoutModel {
  const sets: Record<string, number> = {};
  for (const page of pages) sets[page.set] = (sets[page.set] ?? 0) + 1;
  return {
    version: LAYOUT_MODEL_VERSION,
    trainedOn: {
      sets,
      pages: pages.length,
      variantSeeds: VARIANT_SEEDS,
      samples: { role: data.role.length, start: data.start.length, join: data.join.length },
      ...SETTINGS,
      optimizer: 'full-batch Adam from zero weights, fixed sample order',
    },
    heads: {
      role: trainHead(data.role, [...MODEL_ROLES]),
      start: trainHead(data.start, ['no', 'yes']),
      join: trainHead(data.join, ['split', 'join']),
    },
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const pages = collectTrainingPages(repoRoot);
  const data = buildTrainingData(pages);
  const model = trainLayoutModel(pages, data);
  const json = `${JSON.stringify(model)}\n`;
  console.log(`trained on ${pages.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(model.trainedOn.sets)}`);
  for (const name of ['role', 'start', 'join'] as const) {
    console.log(`${name.padEnd(6)} ${model.heads[name].features.length} features, ${data[name].length} samples, training accuracy ${accuracy(model.heads[name], data[name]).toFixed(4)}`);
  }
  writeOrCheck(repoRoot, modelPath, json, 'layout model weights');
}
