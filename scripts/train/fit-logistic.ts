// Multinomial logistic regression, fitted deterministically: full-batch gradient steps (Adam) in a
// fixed order from zero weights, L2 on every weight but the bias. Same samples → same weights.

export interface Sample {
  /** Feature indices with a non-zero value, and those values. */
  indices: number[];
  values: number[];
  label: number;
}

export interface FitOptions {
  classes: number;
  features: number;
  iterations: number;
  learningRate: number;
  l2: number;
  /** Index of the bias feature (not regularized). */
  bias: number;
}

export function fitLogistic(samples: readonly Sample[], options: FitOptions): number[][] {
  const { classes, features, iterations, learningRate, l2, bias } = options;
  const size = classes * features;
  const weights = new Float64Array(size);
  const gradient = new Float64Array(size);
  const first = new Float64Array(size);
  const second = new Float64Array(size);
  const scores = new Float64Array(classes);
  const beta1 = 0.9;
  const beta2 = 0.999;
  for (let step = 1; step <= iterations; step++) {
    gradient.fill(0);
    for (const sample of samples) {
      for (let k = 0; k < classes; k++) {
        let score = 0;
        const row = k * features;
        for (let j = 0; j < sample.indices.length; j++) score += weights[row + sample.indices[j]] * sample.values[j];
        scores[k] = score;
      }
      let top = -Infinity;
      for (let k = 0; k < classes; k++) top = Math.max(top, scores[k]);
      let sum = 0;
      for (let k = 0; k < classes; k++) {
        scores[k] = Math.exp(scores[k] - top);
        sum += scores[k];
      }
      for (let k = 0; k < classes; k++) {
        const error = scores[k] / sum - (k === sample.label ? 1 : 0);
        const row = k * features;
        for (let j = 0; j < sample.indices.length; j++) gradient[row + sample.indices[j]] += error * sample.values[j];
      }
    }
    for (let index = 0; index < size; index++) {
      let g = gradient[index] / samples.length;
      if (index % features !== bias) g += l2 * weights[index];
      first[index] = beta1 * first[index] + (1 - beta1) * g;
      second[index] = beta2 * second[index] + (1 - beta2) * g * g;
      const corrected = first[index] / (1 - beta1 ** step);
      const scale = second[index] / (1 - beta2 ** step);
      weights[index] -= (learningRate * corrected) / (Math.sqrt(scale) + 1e-8);
    }
  }
  // Rounded so that the JSON stays small and diffs stay readable.
  return Array.from({ length: classes }, (_, k) => Array.from(weights.subarray(k * features, (k + 1) * features), (weight) => Math.round(weight * 1e4) / 1e4));
}
