// Fired by the API client when main refuses a change because the library became
// read-only while open (e.g. its journal was removed); the app store re-reads
// the library's health so the banner says so at once.
export const LIBRARY_READ_ONLY_EVENT = 'qinggao:library-read-only';
