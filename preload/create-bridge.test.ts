import { describe, expect, it } from 'vitest';
import { createBridge, IPC_CHANNEL } from './create-bridge';

describe('createBridge', () => {
  it('is frozen and exposes only invoke over the contract', async () => {
    const calls: unknown[][] = [];
    const bridge = createBridge(async (...args) => {
      calls.push(args);
      return { ok: true, data: 'pong' };
    });
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'transport']);
    expect(await bridge.invoke('app:info', {})).toEqual({ ok: true, data: 'pong' });
    expect(calls).toEqual([[IPC_CHANNEL, 'app:info', {}]]);
  });

  it('refuses channels that are not in the contract before they reach main', async () => {
    const bridge = createBridge(async () => {
      throw new Error('must not be called');
    });
    const result = await bridge.invoke('fs:readFile' as never, {} as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
