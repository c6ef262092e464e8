import type { LibraryChanges } from '../../core/model/library-location';

/**
 * What others did to the library, for the open lists to follow: a cursor that
 * grows with every change someone commits, and who else has an article open.
 * A library on this computer has no one else: its cursor stays put.
 */
export interface ChangeFeed {
  /** `articleId`: the article the caller has open, which counts them as one of its editors for a few seconds. */
  changes(articleId?: number): Promise<LibraryChanges>;
  close(): Promise<void>;
}

export const localChangeFeed: ChangeFeed = {
  changes: async () => ({ cursor: 0, editors: [] }),
  close: async () => undefined,
};
