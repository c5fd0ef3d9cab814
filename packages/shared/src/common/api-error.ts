import { z } from 'zod';

/** One wrong field of a request: `path` is dotted (`ticketMin.amount`), `message` is for a person. */
export const apiErrorDetailSchema = z.object({
  path: z.string(),
  message: z.string(),
  code: z.string().optional(),
});
export type ApiErrorDetail = z.infer<typeof apiErrorDetailSchema>;

/** The error body of every 4xx and 5xx response (../shared/API.md, "Errors"). */
export const apiErrorSchema = z.object({
  statusCode: z.number().int(),
  error: z.string(),
  message: z.string(),
  details: z.array(apiErrorDetailSchema).optional(),
  correlationId: z.string().optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
