import { useTranslation } from 'react-i18next';

/** Grey cards in the shape of results, so the page does not jump when they arrive. */
export function OpportunityListSkeleton({ count = 3 }: { count?: number }) {
  const { t } = useTranslation();
  return (
    <div className="skeleton-list" role="status" aria-live="polite">
      <span className="visually-hidden">{t('marketplace.browse.loading')}</span>
      <ul className="opp-list" aria-hidden="true">
        {Array.from({ length: count }, (_, index) => (
          <li key={index} className="opp-card opp-card--skeleton">
            <span className="skeleton skeleton--short" />
            <span className="skeleton skeleton--title" />
            <span className="skeleton" />
            <span className="skeleton" />
            <span className="skeleton skeleton--short" />
          </li>
        ))}
      </ul>
    </div>
  );
}
