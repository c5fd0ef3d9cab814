import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/LoadingState';
import { useMatchWeights } from '../hooks/useMatchWeights';
import { MatchWeightsForm } from './MatchWeightsForm';
import '../matching.css';

/** The organisers' "Matching weights": how much each criterion counts in every score (all editions). */
export function MatchWeightsPanel() {
  const { t } = useTranslation();
  const weights = useMatchWeights();
  let body;
  if (weights.isPending) body = <LoadingState />;
  else if (weights.isError) {
    body = (
      <div className="empty">
        <p>{t('matching.weights.loadError')}</p>
        <button type="button" className="button button--ghost button--small" onClick={() => void weights.refetch()}>
          {t('common.tryAgain')}
        </button>
      </div>
    );
  } else body = <MatchWeightsForm initial={weights.data} />;
  return (
    <section className="section card weights-panel" aria-labelledby="match-weights-title">
      <h2 id="match-weights-title" className="section__title">
        {t('matching.weights.title')}
      </h2>
      <p className="muted">{t('matching.weights.lead')}</p>
      {body}
    </section>
  );
}
