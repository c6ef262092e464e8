import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../import/bytes-to-base64';
import { base64ToBytes } from './base64-to-bytes';

describe('base64ToBytes', () => {
  it('gives back every byte value, over more than one slice of the encoder', () => {
    const bytes = new Uint8Array(70_000).map((_, index) => (index * 7919) % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    expect(new TextDecoder().decode(base64ToBytes(btoa('%PDF-1.7')))).toBe('%PDF-1.7');
  });
});
