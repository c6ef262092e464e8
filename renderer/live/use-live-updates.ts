import { useEffect } from 'react';
import { createChangePoller } from './change-poller';
import { pollChanges } from './live-updates';

/** Within a few seconds of someone else's save the lists show it; a poll costs one small request. */
const POLL_INTERVAL_MS = 3_000;

export function useLiveUpdates(): void {
  useEffect(() => {
    const poller = createChangePoller({
      intervalMs: POLL_INTERVAL_MS,
      poll: pollChanges,
      schedule: (run, ms) => {
        const timer = setTimeout(run, ms);
        return () => clearTimeout(timer);
      },
      isHidden: () => document.visibilityState === 'hidden',
    });
    const onVisibility = () => poller.visibilityChanged();
    document.addEventListener('visibilitychange', onVisibility);
    poller.start();
    return () => {
      poller.stop();
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);
}
