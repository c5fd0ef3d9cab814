import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { filtersFromParams, paramsFromFilters, type OpportunityFilters } from '../opportunity-filters';

/**
 * The browse filters, read from and written to the URL. Each change is a new history entry, so the
 * back button undoes the last filter and a copied link opens the same list.
 */
export function useOpportunityFilters(): [OpportunityFilters, (change: Partial<OpportunityFilters> | null) => void] {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // Follows the URL's text, not the params object, which is new on every render.
  const filters = useMemo(() => filtersFromParams(new URLSearchParams(key)), [key]);
  const update = (change: Partial<OpportunityFilters> | null) => {
    const next = change === null ? {} : { ...filters, ...change };
    // Synchronously: a facet is a controlled radio, and a deferred URL update would let it spring
    // back to its old value for a frame after the click.
    setParams(paramsFromFilters(next), { flushSync: true });
  };
  return [filters, update];
}
