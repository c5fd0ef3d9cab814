import { z } from 'zod';
import { paginationQuerySchema } from '../common/pagination.js';

export const editionSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  city: z.string(),
  venue: z.string(),
  regionCode: z.string(),
  timeZone: z.string(),
  startDate: z.iso.date(),
  endDate: z.iso.date(),
});
export type Edition = z.infer<typeof editionSchema>;

export const listEditionsQuerySchema = paginationQuerySchema.extend({
  when: z.enum(['upcoming', 'past', 'all']).default('all'),
});
export type ListEditionsQuery = z.infer<typeof listEditionsQuerySchema>;
