import { describe, expect, it } from 'vitest';
import { withSynchronousInflate } from './synchronous-inflate';

const native = globalThis.DecompressionStream;
const inflateOnce = () => new DecompressionStream('deflate');

describe('withSynchronousInflate', () => {
  it('withholds DecompressionStream while a read runs, from the first of overlapping reads to the last', async () => {
    let finishFirst!: () => void;
    const first = withSynchronousInflate(() => new Promise<void>((resolve) => (finishFirst = resolve)));
    expect(inflateOnce).toThrow(/withheld while pdf\.js reads/u);
    let finishSecond!: () => void;
    const second = withSynchronousInflate(() => new Promise<void>((resolve) => (finishSecond = resolve)));
    finishFirst();
    await first;
    expect(inflateOnce).toThrow(/withheld/u);
    finishSecond();
    await second;
    expect(globalThis.DecompressionStream).toBe(native);
    expect(inflateOnce()).toBeInstanceOf(native);
  });

  it('gives it back when the read fails', async () => {
    await expect(withSynchronousInflate(() => Promise.reject(new Error('damaged')))).rejects.toThrow('damaged');
    expect(globalThis.DecompressionStream).toBe(native);
  });
});
