// The packaging config as electron-builder itself reads and validates it (its own
// loader and scheme.json), so a misspelt fuse fails here and not on the build machine.
import { resolve } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const silent = { isEnabled: false, add: () => undefined } as unknown as Parameters<typeof validateConfiguration>[1];

describe('electron-builder.yml', () => {
  it('is valid for electron-builder 26', async () => {
    const config = await getConfig(ROOT, 'electron-builder.yml', null);
    await expect(validateConfiguration(config, silent)).resolves.toBeUndefined();
  });

  it('flips the security fuses', async () => {
    const config = await getConfig(ROOT, 'electron-builder.yml', null);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('would catch a misspelt fuse', async () => {
    const config = await getConfig(ROOT, 'electron-builder.yml', null);
    const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsNodes: false } };
    await expect(validateConfiguration(misspelt as typeof config, silent)).rejects.toThrow(/Invalid configuration object[\s\S]*electronFuses/);
  });
});
