import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from './bytes-to-base64';

describe('bytesToBase64', () => {
  it('matches Node for small and large inputs', () => {
    for (const size of [0, 1, 2, 3, 100, 0x8000 + 7, 200_000]) {
      const bytes = new Uint8Array(size).map((_, index) => (index * 31 + 7) % 256);
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });
});
