/**
 * The renderer never opens windows. Electron's setWindowOpenHandler already denies
 * them; in the browser harness nothing else would, so window.open is replaced by a
 * function that opens nothing, before any other code runs.
 */
export function lockDownWindow(): void {
  Object.defineProperty(window, 'open', { value: () => null, writable: false, configurable: false });
}
