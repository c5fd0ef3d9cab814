import { useMutation } from '@tanstack/react-query';
import { downloadAgendaIcs } from '../api/download-agenda-ics';

/** Fetches the .ics and hands it to the browser as a file download. */
export function useDownloadAgendaIcs(editionId: string, fileName: string) {
  return useMutation({
    mutationFn: () => downloadAgendaIcs(editionId),
    onSuccess: (blob) => {
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      document.body.append(link);
      link.click();
      link.remove();
      // Give the browser a moment to start the download before the address goes away.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  });
}
