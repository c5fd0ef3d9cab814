import type { UpdateEditionRequest } from '@serumpun/shared';
import { useMutation } from '@tanstack/react-query';
import { previewEditionLayout } from '../api/preview-edition-layout';

/** A dry run of a settings change: which booked meetings it would take the place of. */
export function usePreviewEditionLayout(editionId: string) {
  return useMutation({ mutationFn: (body: UpdateEditionRequest) => previewEditionLayout(editionId, body) });
}
