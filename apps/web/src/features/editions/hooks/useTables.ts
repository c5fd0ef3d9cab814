import { useQuery } from '@tanstack/react-query';
import { scheduleKeys } from '../../meetings/schedule-queries';
import { listTables } from '../api/list-tables';

export function useTables(editionId: string) {
  return useQuery({ queryKey: scheduleKeys.tables(editionId), queryFn: ({ signal }) => listTables(editionId, signal) });
}
