import { DEFAULT_SETTINGS, type Settings } from '../../core/model/library';
import type { Store } from '../store/store';

export function createSettingsService(store: Store) {
  const get = (): Settings => ({ ...DEFAULT_SETTINGS, ...(store.read.settings.all() as Partial<Settings>) });
  return {
    get,
    set(changes: Partial<Settings>): Settings {
      store.transaction(() => {
        for (const [key, value] of Object.entries(changes)) if (value !== undefined) store.write.settings.put(key, value);
      });
      return get();
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
