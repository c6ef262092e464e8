// A revision's reason as the revisions table keeps it: the code, then
// `:detail` when there is one (`restore:3`). Rows written before reasons were
// codes hold English phrases; they are read back as the codes they meant.
import { REVISION_REASONS, type RevisionReason } from '../../core/model/library';

export function encodeReason({ reason, detail }: { reason: RevisionReason; detail?: string }): string {
  return detail === undefined ? reason : `${reason}:${detail}`;
}

const LEGACY: Record<string, RevisionReason> = { reassembled: 'reassemble', 'edit (kept over a newer revision)': 'keep-mine' };

export function decodeReason(stored: string): { reason: RevisionReason; reasonDetail: string | null } {
  const legacyRestore = /^restore (\d+)$/.exec(stored);
  if (legacyRestore) return { reason: 'restore', reasonDetail: legacyRestore[1] };
  if (LEGACY[stored]) return { reason: LEGACY[stored], reasonDetail: null };
  const colon = stored.indexOf(':');
  const code = colon < 0 ? stored : stored.slice(0, colon);
  const detail = colon < 0 ? null : stored.slice(colon + 1);
  // Anything unknown reads as an edit rather than breaking the history list.
  return (REVISION_REASONS as readonly string[]).includes(code) ? { reason: code as RevisionReason, reasonDetail: detail } : { reason: 'edit', reasonDetail: null };
}
