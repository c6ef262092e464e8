import type { ArticleStatus } from '../../core/model/library';
import type { MessageKey } from '../i18n/translate';

const STATUS_KEYS: Record<ArticleStatus, MessageKey> = {
  raw: 'common.statusRaw',
  cleaned: 'common.statusCleaned',
  proofread: 'common.statusProofread',
  published: 'common.statusPublished',
};

/** 原文 / 已清理 / 已校对 / 已签发 */
export function statusKey(status: ArticleStatus): MessageKey {
  return STATUS_KEYS[status];
}
