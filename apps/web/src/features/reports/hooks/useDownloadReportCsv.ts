import { useMutation } from '@tanstack/react-query';
import { saveFile } from '../../../lib/save-file';
import { downloadReportCsv } from '../api/download-report-csv';

/** Fetches the edition's meetings CSV with the session's token and saves it as a file. */
export function useDownloadReportCsv(editionId: string, fileName: string) {
  return useMutation({
    mutationFn: () => downloadReportCsv(editionId),
    onSuccess: (blob) => saveFile(blob, fileName),
  });
}
