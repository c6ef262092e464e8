import shipped from './layout-model.json';
import type { LogisticHead } from './logistic-head';

/** Bumped whenever the features or the JSON's shape change: old weights no longer fit. */
export const LAYOUT_MODEL_VERSION = 1;

export interface LayoutModel {
  version: number;
  /** What it was trained on: sets, page and sample counts, the training settings. */
  trainedOn: Record<string, unknown>;
  heads: {
    /** Line role, one class per `MODEL_ROLES` entry. */
    role: LogisticHead;
    /** Whether an article starts at the line. */
    start: LogisticHead;
    /** Whether the lines either side of a break are one text unit (join). */
    join: LogisticHead;
  };
}

function isHead(value: unknown): value is LogisticHead {
  if (typeof value !== 'object' || value === null) return false;
  const head = value as Partial<LogisticHead>;
  return (
    Array.isArray(head.features) && Array.isArray(head.classes) && Array.isArray(head.weights) &&
    head.weights.length === head.classes.length &&
    head.weights.every((row) => Array.isArray(row) && row.length === head.features?.length && row.every((weight) => typeof weight === 'number' && Number.isFinite(weight)))
  );
}

/** Checks a model read from JSON: its version and the shape of every head. */
export function parseLayoutModel(value: unknown): LayoutModel {
  const model = value as Partial<LayoutModel> | null;
  if (!model || model.version !== LAYOUT_MODEL_VERSION) throw new Error(`layout model: version ${String(model?.version)} is not ${LAYOUT_MODEL_VERSION}`);
  const heads = model.heads as Partial<LayoutModel['heads']> | undefined;
  for (const name of ['role', 'start', 'join'] as const) {
    if (!isHead(heads?.[name])) throw new Error(`layout model: head ${name} is malformed`);
  }
  return model as LayoutModel;
}

let loaded: LayoutModel | null = null;

/** The shipped model, checked on first use (the JSON is bundled: no I/O). */
export function layoutModel(): LayoutModel {
  loaded ??= parseLayoutModel(shipped);
  return loaded;
}
