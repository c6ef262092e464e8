// A remembered shared-library password, sealed by the operating system's
// keychain-backed encryption (DPAPI on Windows, Keychain on macOS, libsecret or
// kwallet on Linux) through Electron's safeStorage. Where the system offers none
// (Linux without a secret service reports only its plain-text fallback, or not
// available at all), there is no SecretBox: the dialog then does not offer to
// remember the password rather than keep it in a form anyone can read back.
import { safeStorage } from 'electron';
import type { SecretBox } from '../library/location-file';

/** Call after `app` is ready: before that safeStorage cannot tell whether it can encrypt. */
export function createSecretBox(): SecretBox | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  // 'basic_text' is Chromium's hard-coded key on Linux without a keyring: encryption in name only.
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return undefined;
  return {
    seal: (text) => safeStorage.encryptString(text).toString('base64'),
    open: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
  };
}
