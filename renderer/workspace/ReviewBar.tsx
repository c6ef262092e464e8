import { useEffect, useState } from 'react';
import { formatConfidence } from '../../core/model/format-confidence';
import { useT } from '../i18n/use-t';
import { saveSettings, useArticleSession } from '../stores/article-session-store';
import { runShortcut } from './run-shortcut';

/**
 * A confidence typed by the editor as a percentage (like every confidence on screen), as 0–1;
 * null while it is not one (empty, out of 0–100, half typed). "85%" and "85" both read as 0.85.
 */
function parseThreshold(text: string): number | null {
  const trimmed = text.trim().replace(/[%％]$/, '');
  const value = Number(trimmed);
  return trimmed !== '' && Number.isFinite(value) && value >= 0 && value <= 100 ? Math.round(value * 100) / 10_000 : null;
}

const asPercent = (confidence: number) => String(Math.round(confidence * 10_000) / 100);

/** The bar accept-all works to: kept in the library's settings, so it holds for every article and next time. */
function AcceptThreshold() {
  const t = useT();
  const saved = useArticleSession((state) => state.settings.acceptThreshold);
  const [text, setText] = useState(asPercent(saved));
  useEffect(() => setText(asPercent(saved)), [saved]);
  const valid = parseThreshold(text) !== null;
  const commit = () => {
    const value = parseThreshold(text);
    if (value === null) setText(asPercent(saved));
    else if (value !== saved) void saveSettings({ acceptThreshold: value });
  };
  return (
    <label className="accept-threshold" title={t('workspace.acceptThresholdHelp')}>
      {t('workspace.acceptThreshold')}
      <input
        type="number"
        min={0}
        max={100}
        step={5}
        value={text}
        aria-invalid={!valid}
        aria-describedby="accept-threshold-unit"
        data-testid="accept-threshold"
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          // Enter sets the value; keys typed here are never workspace shortcuts.
          event.stopPropagation();
          if (event.key === 'Enter') commit();
        }}
      />
      <span id="accept-threshold-unit">%</span>
    </label>
  );
}

/** Mouse access to the review actions the keyboard has. */
export function ReviewBar() {
  const t = useT();
  const threshold = useArticleSession((state) => state.settings.acceptThreshold);
  return (
    <div className="review-bar">
      <button type="button" title="Alt+K" onClick={() => runShortcut('previousUncertain')}>
        ↑
      </button>
      <button type="button" title="Alt+J" onClick={() => runShortcut('nextUncertain')}>
        ↓
      </button>
      <button type="button" title="Alt+Enter" onClick={() => runShortcut('toggle')}>
        {t('workspace.join')}/{t('workspace.split')}
      </button>
      <button type="button" title="Alt+Shift+A" onClick={() => runShortcut('acceptAll')}>
        {t('workspace.acceptAll', { threshold: formatConfidence(threshold) })}
      </button>
      <AcceptThreshold />
    </div>
  );
}
