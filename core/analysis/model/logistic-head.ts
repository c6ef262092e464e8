import type { FeatureValues } from './layout-features';

/** One multinomial logistic regression: `weights[class][feature]`; a binary head has classes ['no', 'yes']. */
export interface LogisticHead {
  features: string[];
  classes: string[];
  weights: number[][];
}

// Feature name → column, per head: a line has a few dozen features present out of the head's hundred or more.
const columns = new WeakMap<LogisticHead, Map<string, number>>();
function columnsOf(head: LogisticHead): Map<string, number> {
  let map = columns.get(head);
  if (!map) {
    map = new Map(head.features.map((feature, index) => [feature, index]));
    columns.set(head, map);
  }
  return map;
}

/** Class probabilities (softmax of the linear scores). */
export function predictHead(head: LogisticHead, values: FeatureValues): number[] {
  const map = columnsOf(head);
  const scores = new Array<number>(head.weights.length).fill(0);
  for (const feature in values) {
    const index = map.get(feature);
    const value = values[feature];
    if (index === undefined || !value) continue;
    for (let k = 0; k < scores.length; k++) scores[k] += head.weights[k][index] * value;
  }
  let top = -Infinity;
  for (const score of scores) top = Math.max(top, score);
  const exps = scores.map((score) => Math.exp(score - top));
  const sum = exps.reduce((total, value) => total + value, 0);
  return exps.map((value) => value / sum);
}

/**
 * The features that pushed the decision towards `classIndex` most: each present feature's weight
 * for that class minus its mean weight over the classes, times its value, largest first.
 */
export function strongestFeatures(head: LogisticHead, values: FeatureValues, classIndex: number, count: number): string[] {
  const contributions: Array<[string, number]> = [];
  head.features.forEach((feature, index) => {
    const value = values[feature];
    if (!value || feature === 'bias') return;
    const mean = head.weights.reduce((total, row) => total + row[index], 0) / head.weights.length;
    const push = (head.weights[classIndex][index] - mean) * value;
    if (push > 0) contributions.push([feature, push]);
  });
  contributions.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return contributions.slice(0, count).map(([feature]) => feature);
}
