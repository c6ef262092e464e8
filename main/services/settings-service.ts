import { DEFAULT_SETTINGS, type Settings } from '../../core/model/library';
import type { Store } from '../store/store';

export function createSettingsService(store: Store) {
  const get = async (): Promise<Settings> => ({ ...DEFAULT_SETTINGS, ...((await store.read.settings.all()) as Partial<Settings>) });
  return {
    get,
    async set(changes: Partial<Settings>): Promise<Settings> {
      await store.transaction(async () => {
        for (const [key, value] of Object.entries(changes)) if (value !== undefined) await store.write.settings.put(key, value);
      });
      return get();
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
