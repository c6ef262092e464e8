// A small seeded generator (mulberry32) so every fuzz run can be replayed from
// the seed it prints, and every bench run builds the same library.
export interface Random {
  readonly seed: number;
  /** 0 ≤ x < 1 */
  next(): number;
  /** 0 ≤ n < below */
  integer(below: number): number;
  /** min ≤ n ≤ max */
  between(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
  const integer = (below: number) => Math.floor(next() * below);
  return {
    seed,
    next,
    integer,
    between: (min, max) => min + integer(max - min + 1),
    pick: (items) => items[integer(items.length)],
    chance: (probability) => next() < probability,
  };
}

export function randomSeed(): number {
  return Math.floor(Math.random() * 4_294_967_296);
}
