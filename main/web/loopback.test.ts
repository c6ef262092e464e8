import { describe, expect, it } from 'vitest';
import { isLoopbackAddress, isOwnHostHeader } from './loopback';

describe('isLoopbackAddress', () => {
  it('accepts loopback forms', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost']) expect(isLoopbackAddress(host), host).toBe(true);
  });
  it('refuses every other address', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.5', '10.0.0.1', '172.16.0.1', 'example.com', '8.8.8.8', '']) expect(isLoopbackAddress(host), host).toBe(false);
  });
});

describe('isOwnHostHeader', () => {
  it('matches our own origin only', () => {
    expect(isOwnHostHeader('127.0.0.1:5183', 5183)).toBe(true);
    expect(isOwnHostHeader('localhost:5183', 5183)).toBe(true);
    expect(isOwnHostHeader('[::1]:5183', 5183)).toBe(true);
    expect(isOwnHostHeader('127.0.0.1:5184', 5183)).toBe(false);
    expect(isOwnHostHeader('evil.example:5183', 5183)).toBe(false);
    expect(isOwnHostHeader(undefined, 5183)).toBe(false);
  });
});
