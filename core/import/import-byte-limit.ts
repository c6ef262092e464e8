/**
 * The largest file one import takes. A text this size is still split into pages
 * and stored page by page within a few hundred MB of memory; anything larger is
 * no page dump an editor means to proofread, and reading it would only risk the app.
 */
export const IMPORT_BYTE_LIMIT = 100 * 1024 * 1024;
