import type { Match } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';

interface MatchActionsProps {
  match: Match;
  /** The card's title, which the buttons name as what they act on. */
  titleId: string;
  onToggleSaved: () => void;
  onDismiss?: () => void;
  onRequestMeeting?: () => void;
}

/** Save (a toggle), dismiss, and request a meeting when the viewer is registered for an edition. */
export function MatchActions({ match, titleId, onToggleSaved, onDismiss, onRequestMeeting }: MatchActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      {onRequestMeeting ? (
        <button type="button" className="button button--primary button--small" aria-describedby={titleId} onClick={onRequestMeeting}>
          {t('matching.actions.requestMeeting')}
        </button>
      ) : null}
      <button
        type="button"
        className={`button button--ghost button--small match-save${match.saved ? ' match-save--on' : ''}`}
        aria-pressed={match.saved}
        aria-describedby={titleId}
        onClick={onToggleSaved}
      >
        <span aria-hidden="true">{match.saved ? '★ ' : '☆ '}</span>
        {match.saved ? t('matching.actions.saved') : t('matching.actions.save')}
      </button>
      {onDismiss ? (
        <button type="button" className="button button--ghost button--small" aria-describedby={titleId} onClick={onDismiss}>
          {t('matching.actions.dismiss')}
        </button>
      ) : null}
    </>
  );
}
