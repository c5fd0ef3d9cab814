import { useTranslation } from 'react-i18next';
import type { MatchView } from '../hooks/useMatches';

const VIEWS: readonly MatchView[] = ['ranked', 'saved'];

/** "All matches" and "Saved", as tabs over one panel (`matches-panel`). */
export function MatchTabs({ view, onChange }: { view: MatchView; onChange: (view: MatchView) => void }) {
  const { t } = useTranslation();
  return (
    <div className="segmented" role="tablist" aria-label={t('matching.tabs.label')}>
      {VIEWS.map((name) => (
        <button
          key={name}
          type="button"
          role="tab"
          id={`matches-tab-${name}`}
          aria-selected={view === name}
          aria-controls="matches-panel"
          className="segmented__tab"
          onClick={() => onChange(name)}
        >
          {t(`matching.tabs.${name}`)}
        </button>
      ))}
    </div>
  );
}
