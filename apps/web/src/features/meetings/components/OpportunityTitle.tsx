import { Link } from 'react-router';
import { useOpportunitySummary } from '../hooks/useOpportunitySummary';

/** An opportunity named by its title (linked), falling back quietly while it loads or if it is gone. */
export function OpportunityTitle({ id, link = true }: { id: string; link?: boolean }) {
  const { data } = useOpportunitySummary(id);
  const title = data?.title ?? '…';
  return link ? <Link to={`/opportunities/${id}`}>{title}</Link> : <>{title}</>;
}
