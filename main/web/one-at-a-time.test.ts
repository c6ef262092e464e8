import { describe, expect, it } from 'vitest';
import { oneAtATime, QueueFullError } from './one-at-a-time';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('oneAtATime', () => {
  it('starts each task only after the one before it has settled, failed ones included', async () => {
    const turn = oneAtATime(8);
    const events: string[] = [];
    const first = deferred();
    const a = turn(async () => {
      events.push('a starts');
      await first.promise;
      events.push('a ends');
      throw new Error('a failed');
    });
    const b = turn(async () => {
      events.push('b starts');
      return 'b';
    });
    await Promise.resolve();
    expect(events).toEqual(['a starts']);
    first.resolve();
    await expect(a).rejects.toThrow('a failed');
    expect(await b).toBe('b');
    expect(events).toEqual(['a starts', 'a ends', 'b starts']);
  });

  it('refuses a task when the queue is full, and takes new ones once it drains', async () => {
    const turn = oneAtATime(2);
    const gate = deferred();
    const running = turn(() => gate.promise);
    const waiting = [turn(async () => 1), turn(async () => 2)];
    await expect(turn(async () => 3)).rejects.toBeInstanceOf(QueueFullError);
    gate.resolve();
    await running;
    expect(await Promise.all(waiting)).toEqual([1, 2]);
    expect(await turn(async () => 4)).toBe(4);
  });
});
