import type { ArticleStatus } from '../../core/model/library';
import { useT } from '../i18n/use-t';
import { statusKey } from './status-key';

export function StatusBadge({ status }: { status: ArticleStatus }) {
  const t = useT();
  return <span className={`status-badge status-${status}`} data-testid="status-badge">{t(statusKey(status))}</span>;
}
