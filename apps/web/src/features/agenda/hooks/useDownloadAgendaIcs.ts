import { useMutation } from '@tanstack/react-query';
import { saveFile } from '../../../lib/save-file';
import { downloadAgendaIcs } from '../api/download-agenda-ics';

/** Fetches the .ics and hands it to the browser as a file download. */
export function useDownloadAgendaIcs(editionId: string, fileName: string) {
  return useMutation({
    mutationFn: () => downloadAgendaIcs(editionId),
    onSuccess: (blob) => saveFile(blob, fileName),
  });
}
