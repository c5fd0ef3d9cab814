import type { Match } from '@serumpun/shared';
import type { ReactNode } from 'react';
import { matchTitleId } from '../match-pages';
import { InvestorSummary, OpportunitySummary } from './MatchSummary';
import { ReasonList } from './ReasonList';
import { ScoreMeter } from './ScoreMeter';

interface MatchCardProps {
  match: Match;
  /** h2 on the matches page, h3 inside a section of another page. */
  heading?: 'h2' | 'h3';
  /** Save, dismiss, request a meeting: whatever the viewer can do with this match. */
  actions?: ReactNode;
}

/** One match: its score, what it is (linked to its page), why it was made, and what to do next. */
export function MatchCard({ match, heading = 'h2', actions }: MatchCardProps) {
  const titleId = matchTitleId(match);
  return (
    <li className="opp-card match-card">
      <article aria-labelledby={titleId}>
        <div className="match-card__head">
          <ScoreMeter score={match.score} />
          <div className="match-card__what">
            {match.kind === 'opportunity' ? (
              <OpportunitySummary match={match} titleId={titleId} heading={heading} />
            ) : (
              <InvestorSummary match={match} titleId={titleId} heading={heading} />
            )}
          </div>
        </div>
        <ReasonList reasons={match.reasons} />
        {actions ? <div className="match-card__actions">{actions}</div> : null}
      </article>
    </li>
  );
}
