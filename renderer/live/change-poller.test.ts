import { describe, expect, it } from 'vitest';
import { createChangePoller } from './change-poller';

/** A clock moved by hand: `tick()` runs what is due, so no test waits on real time. */
function harness() {
  const pending: { run: () => void; ms: number }[] = [];
  const answers: (() => void)[] = [];
  let polls = 0;
  let hidden = false;
  const poller = createChangePoller({
    intervalMs: 3000,
    poll: () => {
      polls++;
      return new Promise<void>((resolve) => answers.push(resolve));
    },
    schedule: (run, ms) => {
      const entry = { run, ms };
      pending.push(entry);
      return () => pending.splice(pending.indexOf(entry), 1);
    },
    isHidden: () => hidden,
  });
  return {
    poller,
    pending,
    polls: () => polls,
    setHidden: (value: boolean) => (hidden = value),
    /** Main answers the oldest question. */
    answer: async () => {
      answers.shift()!();
      await new Promise((resolve) => setImmediate(resolve));
    },
    tick: () => pending.shift()!.run(),
  };
}

describe('change poller', () => {
  it('asks at once, then every interval after the answer', async () => {
    const clock = harness();
    clock.poller.start();
    expect(clock.polls()).toBe(1);
    expect(clock.pending).toHaveLength(0);
    await clock.answer();
    expect(clock.pending.map((entry) => entry.ms)).toEqual([3000]);
    clock.tick();
    expect(clock.polls()).toBe(2);
  });

  it('never has two questions in flight', async () => {
    const clock = harness();
    clock.poller.start();
    // The window shows again while the first question is unanswered: no second one.
    clock.poller.visibilityChanged();
    expect(clock.polls()).toBe(1);
    await clock.answer();
    expect(clock.pending).toHaveLength(1);
  });

  it('stops while hidden and asks at once when shown again', async () => {
    const clock = harness();
    clock.poller.start();
    await clock.answer();
    clock.setHidden(true);
    clock.poller.visibilityChanged();
    expect(clock.pending).toHaveLength(0);
    clock.setHidden(false);
    clock.poller.visibilityChanged();
    expect(clock.polls()).toBe(2);
    await clock.answer();
    expect(clock.pending).toHaveLength(1);
  });

  it('goes on after a failed question, and stops for good when stopped', async () => {
    const pending: (() => void)[] = [];
    let polls = 0;
    const poller = createChangePoller({
      intervalMs: 3000,
      poll: async () => {
        polls++;
        throw new Error('server gone');
      },
      schedule: (run) => {
        pending.push(run);
        return () => pending.splice(pending.indexOf(run), 1);
      },
      isHidden: () => false,
    });
    poller.start();
    await new Promise((resolve) => setImmediate(resolve));
    expect(pending).toHaveLength(1);
    pending.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
    expect(polls).toBe(2);
    poller.stop();
    expect(pending).toHaveLength(0);
    poller.visibilityChanged();
    expect(polls).toBe(2);
  });
});
