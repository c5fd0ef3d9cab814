import { useOpportunitySummary } from '../hooks/useOpportunitySummary';

/** One opportunity in a select, named by its title once it has loaded. */
export function OpportunityOption({ id, fallback }: { id: string; fallback: string }) {
  const { data } = useOpportunitySummary(id);
  return <option value={id}>{data?.title ?? fallback}</option>;
}
