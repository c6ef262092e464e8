// Chinese is typed through an IME: while a composition is open, keys belong to
// it. Some IMEs report keydown before compositionstart, or with keyCode 229
// but isComposing false, so all three signals count.
let composing = false;
let installed = false;

export function installCompositionGuard(target: Document = document): void {
  if (installed) return;
  installed = true;
  target.addEventListener('compositionstart', () => (composing = true), true);
  target.addEventListener('compositionend', () => (composing = false), true);
}

export function isComposing(event: KeyboardEvent | { isComposing?: boolean; keyCode?: number; nativeEvent?: KeyboardEvent }): boolean {
  const native = 'nativeEvent' in event && event.nativeEvent ? event.nativeEvent : (event as KeyboardEvent);
  return composing || native.isComposing === true || native.keyCode === 229;
}
