import { TagPanel } from '../tags/TagPanel';
import { useT } from '../i18n/use-t';
import type { MessageKey } from '../i18n/translate';
import { setPanel, useArticleSession, type SidePanel as PanelName } from '../stores/article-session-store';
import { loadRevisions } from './history-actions';
import { DiffPanel } from './DiffPanel';
import { FlagsPanel } from './FlagsPanel';
import { NormalizationPanel } from './NormalizationPanel';
import { RevisionsPanel } from './RevisionsPanel';

const TABS: Array<{ panel: PanelName; label: MessageKey }> = [
  { panel: 'flags', label: 'workspace.panelFlags' },
  { panel: 'normalization', label: 'workspace.panelNormalization' },
  { panel: 'diff', label: 'workspace.panelDiff' },
  { panel: 'revisions', label: 'workspace.panelRevisions' },
  { panel: 'tags', label: 'workspace.panelTags' },
];

function showPanel(panel: PanelName): void {
  setPanel(panel);
  if (panel === 'revisions') void loadRevisions();
}

function PanelBody({ panel }: { panel: PanelName }) {
  const articleId = useArticleSession((state) => state.article?.id);
  if (panel === 'flags') return <FlagsPanel />;
  if (panel === 'normalization') return <NormalizationPanel />;
  if (panel === 'diff') return <DiffPanel />;
  if (panel === 'revisions') return <RevisionsPanel />;
  return articleId !== undefined ? <TagPanel articleId={articleId} /> : null;
}

/** Flags, normalization, diff, history and tags, one at a time under the panes. */
export function SidePanel() {
  const t = useT();
  const panel = useArticleSession((state) => state.panel);
  return (
    <div className="side-panel">
      <div className="side-tabs" role="tablist">
        {TABS.map((tab) => (
          <button key={tab.panel} type="button" role="tab" aria-selected={panel === tab.panel} className={panel === tab.panel ? 'active' : ''} onClick={() => showPanel(tab.panel)}>
            {t(tab.label)}
          </button>
        ))}
      </div>
      <div className="side-body" role="tabpanel">
        <PanelBody panel={panel} />
      </div>
    </div>
  );
}
