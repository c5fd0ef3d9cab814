import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MatchView } from '../hooks/useMatches';

/** No matches yet: what they are made from, and the one thing that improves them (the profile). */
export function MatchesEmpty({ view }: { view: MatchView | 'profile' }) {
  const { t } = useTranslation();
  if (view === 'saved') {
    return (
      <div className="empty empty--large">
        <p className="empty__title">{t('matching.empty.savedTitle')}</p>
        <p>{t('matching.empty.savedBody')}</p>
      </div>
    );
  }
  return (
    <div className="empty empty--large">
      <p className="empty__title">{view === 'profile' ? t('matching.empty.profileTitle') : t('matching.empty.title')}</p>
      <p>{t('matching.empty.body')}</p>
      <Link to="/profile" className="button button--primary">
        {t('matching.empty.completeProfile')}
      </Link>
    </div>
  );
}
