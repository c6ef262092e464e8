// Requests that are wrong by construction, made from a valid example: a value
// of another JSON type, a required key left out, a key nobody asked for, a
// payload that is no object at all — plus the example's hand-picked cases.
// Every one must be refused as `invalid` whatever the channel.
import type { Random } from './seeded-random';
import type { RequestExample, RequestPath } from './request-examples';

export interface WrongShape {
  description: string;
  request: unknown;
}

type Segment = string | number;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Mutation = { description: string; apply(root: { value: Json }): boolean };

const NASTY_STRINGS = ['', ' ', '%', '%%', '../../etc/passwd', '\u0000', '\ud800', '文章', '<script>alert(1)</script>', "'; DROP TABLE articles; --", '__proto__', 'x'.repeat(10_000)];
const NASTY_NUMBERS = [0, -0, -1, 0.5, 1e308, -1e308, 2 ** 53, 2 ** 53 + 2, 1e-300];
const NASTY_KEYS = ['__proto__', 'constructor', 'toString', '', 'unexpected', '0', '$where'];

function kindOf(value: Json): 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value as 'boolean' | 'number' | 'string' | 'object';
}

function clone(value: unknown): Json {
  return JSON.parse(JSON.stringify(value)) as Json;
}

function matches(patterns: readonly RequestPath[] | undefined, path: readonly Segment[]): boolean {
  return (patterns ?? []).some((pattern) => {
    const parts = pattern.split('.');
    return parts.length === path.length && parts.every((part, index) => part === String(path[index]) || (part === '*' && typeof path[index] === 'number'));
  });
}

function nodes(value: Json, path: Segment[] = []): Array<{ path: Segment[]; value: Json }> {
  const here = [{ path, value }];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, index) => nodes(item, [...path, index]))];
  if (value && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([key, item]) => nodes(item, [...path, key]))];
  return here;
}

/** The container holding `path`'s last segment, when the shape still allows it. */
function parentOf(root: { value: Json }, path: readonly Segment[]): Json[] | { [key: string]: Json } | null {
  let current: Json = root.value;
  for (const segment of path.slice(0, -1)) {
    if (typeof segment === 'number' ? !Array.isArray(current) : !current || typeof current !== 'object' || Array.isArray(current)) return null;
    current = (current as Record<string, Json>)[segment as string] ?? null;
  }
  const last = path[path.length - 1];
  if (typeof last === 'number') return Array.isArray(current) && last < current.length ? current : null;
  return current && typeof current === 'object' && !Array.isArray(current) && Object.prototype.hasOwnProperty.call(current, last) ? current : null;
}

function replaceAt(path: readonly Segment[], replacement: Json): Mutation['apply'] {
  return (root) => {
    if (path.length === 0) {
      root.value = replacement;
      return true;
    }
    const parent = parentOf(root, path);
    if (!parent) return false;
    (parent as Record<string, Json>)[path[path.length - 1] as string] = replacement;
    return true;
  };
}

/** Values of every other JSON type than `value`'s (null only where null is not allowed), and -1 for numbers: no number in the contract is negative. */
function wrongValues(value: Json, nullable: boolean): Json[] {
  const kind = kindOf(value);
  const candidates: Json[] = [nullable ? undefined : null, true, 7, 'wrong', [], {}].filter((candidate): candidate is Json => candidate !== undefined && kindOf(candidate) !== kind);
  return kind === 'number' ? [...candidates, -1] : candidates;
}

function mutationsOf(example: RequestExample): Mutation[] {
  const base = clone(example.request);
  const mutations: Mutation[] = [];
  for (const { path, value } of nodes(base)) {
    const where = path.length ? path.join('.') : '(root)';
    if (path.length > 0) {
      for (const wrong of wrongValues(value, matches(example.nullable, path))) {
        mutations.push({ description: `${where} = ${JSON.stringify(wrong)}`, apply: replaceAt(path, wrong) });
      }
      if (typeof path[path.length - 1] === 'string' && !matches(example.optional, path)) {
        mutations.push({
          description: `${where} left out`,
          apply: (root) => {
            const parent = parentOf(root, path);
            if (!parent) return false;
            delete (parent as Record<string, Json>)[path[path.length - 1] as string];
            return true;
          },
        });
      }
    }
    if (kindOf(value) === 'object') {
      mutations.push({
        description: `${where} gets an unexpected key`,
        apply: (root) => {
          const target = path.length === 0 ? root.value : (parentOf(root, path) as Record<string, Json> | null)?.[path[path.length - 1] as string];
          if (!target || typeof target !== 'object' || Array.isArray(target)) return false;
          target.unexpected = 1;
          return true;
        },
      });
    }
  }
  return mutations;
}

const ROOT_REPLACEMENTS: Json[] = [null, [], 'request', 7, true, false];

/** Every deterministic wrong shape of an example. */
export function wrongShapes(example: RequestExample): WrongShape[] {
  const shapes: WrongShape[] = ROOT_REPLACEMENTS.map((value) => ({ description: `payload ${JSON.stringify(value)}`, request: value }));
  shapes.push({ description: 'payload [example]', request: [clone(example.request)] });
  for (const mutation of mutationsOf(example)) {
    const root = { value: clone(example.request) };
    mutation.apply(root);
    shapes.push({ description: mutation.description, request: root.value });
  }
  (example.alsoInvalid ?? []).forEach((request, index) => shapes.push({ description: `hand-picked case ${index + 1}`, request: clone(request) }));
  return shapes;
}

/** Any JSON value, nasty ones likely; objects may carry `__proto__` as an own key, as JSON.parse makes it. */
export function randomJson(random: Random, depth = 0): Json {
  const roll = random.integer(depth > 3 ? 4 : 6);
  if (roll === 0) return null;
  if (roll === 1) return random.chance(0.5);
  if (roll === 2) return random.chance(0.5) ? random.pick(NASTY_NUMBERS) : Math.floor(random.next() * 2000) - 1000;
  if (roll === 3) return random.chance(0.5) ? random.pick(NASTY_STRINGS) : String.fromCodePoint(...Array.from({ length: random.integer(12) }, () => 0x20 + random.integer(0x9fff)));
  if (roll === 4) return Array.from({ length: random.integer(4) }, () => randomJson(random, depth + 1));
  return Object.fromEntries(Array.from({ length: 1 + random.integer(3) }, () => [random.pick(NASTY_KEYS) + (random.chance(0.5) ? '' : String(random.integer(100))), randomJson(random, depth + 1)]));
}

/**
 * A random wrong shape: one to three mutations of the example, random JSON of
 * another type in one place, or random JSON instead of the whole payload.
 */
export function randomWrongShape(example: RequestExample, random: Random): WrongShape {
  const roll = random.next();
  if (roll < 0.1) {
    // An object whose keys are all unknown, or no object at all.
    const value = randomJson(random);
    const request = kindOf(value) === 'object' ? { ...(value as object), unexpected: randomJson(random) } : value;
    return { description: 'random payload', request };
  }
  const root = { value: clone(example.request) };
  if (roll < 0.3) {
    const candidates = nodes(root.value).filter(({ path }) => path.length > 0);
    if (candidates.length) {
      const { path, value } = random.pick(candidates);
      let wrong = randomJson(random);
      if (kindOf(wrong) === kindOf(value) || (wrong === null && matches(example.nullable, path))) wrong = kindOf(value) === 'object' ? [] : {};
      replaceAt(path, wrong)(root);
      return { description: `${path.join('.')} = random ${kindOf(wrong)}`, request: root.value };
    }
  }
  const mutations = mutationsOf(example);
  const first = random.pick(mutations);
  first.apply(root);
  const applied = [first.description];
  for (let extra = random.integer(3); extra > 0; extra--) {
    const next = random.pick(mutations);
    if (next.apply(root)) applied.push(next.description);
  }
  return { description: applied.join('; '), request: root.value };
}
