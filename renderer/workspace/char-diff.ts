export type DiffOp = { kind: 'equal' | 'insert' | 'delete'; text: string };

function push(ops: DiffOp[], kind: DiffOp['kind'], text: string): void {
  if (text === '') return;
  const last = ops[ops.length - 1];
  if (last && last.kind === kind) last.text += text;
  else ops.push({ kind, text });
}

/**
 * Character diff of `before` → `after` (Myers' O((N+M)·D) greedy algorithm).
 * Keeps only the diagonal band of each round, so memory is O(D²) and a long
 * article with a few hundred changes stays cheap. Past `maxEdits` it gives up
 * and reports a whole replacement.
 */
export function charDiff(before: string, after: string, maxEdits = 4000): DiffOp[] {
  const a = Array.from(before);
  const b = Array.from(after);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const left = a.slice(prefix, a.length - suffix);
  const right = b.slice(prefix, b.length - suffix);
  const ops: DiffOp[] = [];
  push(ops, 'equal', a.slice(0, prefix).join(''));
  for (const op of middleDiff(left, right, maxEdits)) push(ops, op.kind, op.text);
  push(ops, 'equal', a.slice(a.length - suffix).join(''));
  return ops;
}

function middleDiff(a: string[], b: string[], maxEdits: number): DiffOp[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [...(n ? [{ kind: 'delete' as const, text: a.join('') }] : []), ...(m ? [{ kind: 'insert' as const, text: b.join('') }] : [])];
  // trace[d][k + d] = furthest x reached on diagonal k after d edits.
  const trace: Int32Array[] = [];
  let previous = new Int32Array(1);
  let found = -1;
  for (let d = 0; d <= Math.min(n + m, maxEdits); d++) {
    const current = new Int32Array(2 * d + 1);
    for (let k = -d; k <= d; k += 2) {
      const fromBelow = k === -d || (k !== d && previous[k + 1 + (d - 1)] > previous[k - 1 + (d - 1)]);
      let x = d === 0 ? 0 : fromBelow ? previous[k + 1 + (d - 1)] : previous[k - 1 + (d - 1)] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      current[k + d] = x;
      if (x >= n && y >= m) found = d;
    }
    trace.push(current);
    previous = current;
    if (found >= 0) break;
  }
  if (found < 0) return [{ kind: 'delete', text: a.join('') }, { kind: 'insert', text: b.join('') }];
  const reversed: DiffOp[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const row = trace[d - 1];
    const k = x - y;
    const fromBelow = k === -d || (k !== d && row[k + 1 + (d - 1)] > row[k - 1 + (d - 1)]);
    const previousK = fromBelow ? k + 1 : k - 1;
    const previousX = row[previousK + (d - 1)];
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      reversed.push({ kind: 'equal', text: a[--x] });
      y--;
    }
    if (fromBelow) reversed.push({ kind: 'insert', text: b[--y] });
    else reversed.push({ kind: 'delete', text: a[--x] });
  }
  while (x > 0 && y > 0) {
    reversed.push({ kind: 'equal', text: a[--x] });
    y--;
  }
  const ops: DiffOp[] = [];
  for (let index = reversed.length - 1; index >= 0; index--) push(ops, reversed[index].kind, reversed[index].text);
  return ops;
}

/** Maps an offset in `before` (code units) to the matching offset in `after`. */
export function mapOffset(ops: readonly DiffOp[], offset: number): number {
  let from = 0;
  let to = 0;
  for (const op of ops) {
    const length = op.text.length;
    if (op.kind === 'insert') {
      to += length;
      continue;
    }
    if (offset < from + length) return op.kind === 'equal' ? to + (offset - from) : to;
    from += length;
    if (op.kind === 'equal') to += length;
  }
  return to;
}
