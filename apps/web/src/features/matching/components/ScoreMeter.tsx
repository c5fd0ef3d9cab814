import { useTranslation } from 'react-i18next';
import '../matching.css';

const RADIUS = 20;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** How strong a match is band by band, so the ring's colour says it too (the number always says it). */
export function scoreBand(score: number): 'strong' | 'good' | 'fair' {
  if (score >= 70) return 'strong';
  if (score >= 45) return 'good';
  return 'fair';
}

/** The score as a ring that fills up to it, with the number inside; read out as "Match score: 82 out of 100". */
export function ScoreMeter({ score }: { score: number }) {
  const { t } = useTranslation();
  const value = Math.max(0, Math.min(100, Math.round(score)));
  return (
    <div className={`score-meter score-meter--${scoreBand(value)}`} role="img" aria-label={t('matching.score.label', { score: value })}>
      <svg viewBox="0 0 48 48" width="56" height="56" aria-hidden="true">
        <circle className="score-meter__track" cx="24" cy="24" r={RADIUS} fill="none" strokeWidth="5" />
        <circle
          className="score-meter__fill"
          cx="24"
          cy="24"
          r={RADIUS}
          fill="none"
          strokeWidth="5"
          strokeLinecap="round"
          strokeDasharray={`${(CIRCUMFERENCE * value) / 100} ${CIRCUMFERENCE}`}
          transform="rotate(-90 24 24)"
        />
      </svg>
      <span className="score-meter__value" aria-hidden="true">
        {value}
      </span>
    </div>
  );
}
