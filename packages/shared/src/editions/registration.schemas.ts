import { z } from 'zod';
import { paginationQuerySchema } from '../common/pagination.js';
import { countryCodeSchema } from '../taxonomies/countries.js';
import { sectorCodeSchema } from '../taxonomies/sectors.js';

export const REGISTRATION_STATUSES = ['approved', 'pending'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/**
 * `POST /api/editions/:id/registrations`. A participant registers themself; an organiser may register
 * someone else by `userId`. The card fields say who they are at this edition (shown and filtered in
 * the participant directory), and `opportunityIds` the opportunities a business showcases there.
 */
export const createRegistrationSchema = z.strictObject({
  userId: z.uuid().optional(),
  organisation: z.string().trim().max(160).nullish().transform((value) => value || null),
  countryCode: countryCodeSchema.nullish().transform((value) => value ?? null),
  sectors: z
    .array(sectorCodeSchema)
    .max(40)
    .default([])
    .transform((codes) => [...new Set(codes)]),
  opportunityIds: z
    .array(z.uuid())
    .max(20)
    .default([])
    .transform((ids) => [...new Set(ids)]),
});
export type CreateRegistrationRequest = z.input<typeof createRegistrationSchema>;
export type CreateRegistration = z.output<typeof createRegistrationSchema>;

export const registrationSchema = z.object({
  editionId: z.uuid(),
  userId: z.uuid(),
  status: z.enum(REGISTRATION_STATUSES),
  organisation: z.string().nullable(),
  countryCode: z.string().nullable(),
  sectors: z.array(z.string()),
  opportunityIds: z.array(z.uuid()),
  checkedInAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Registration = z.infer<typeof registrationSchema>;

/** `GET /api/editions/:id/participants?role=&sector=&country=&q=`: `sector` takes a section (`C`) or a division (`C10`). */
export const listParticipantsQuerySchema = paginationQuerySchema.extend({
  role: z.enum(['investor', 'business']).optional(),
  sector: sectorCodeSchema.optional(),
  country: countryCodeSchema.optional(),
  q: z.string().trim().max(100).optional(),
  /** Organisers only: registrations waiting for approval. */
  status: z.enum(REGISTRATION_STATUSES).optional(),
});
export type ListParticipantsQuery = z.infer<typeof listParticipantsQuerySchema>;

export const participantSchema = z.object({
  userId: z.uuid(),
  fullName: z.string(),
  role: z.enum(['investor', 'business', 'organiser']),
  organisation: z.string().nullable(),
  countryCode: z.string().nullable(),
  sectors: z.array(z.string()),
  /** The published opportunities this business showcases at the edition. */
  opportunities: z.array(
    z.object({ id: z.uuid(), title: z.string(), sectorCode: z.string(), amount: z.object({ amount: z.string(), currency: z.string() }) }),
  ),
  status: z.enum(REGISTRATION_STATUSES),
  checkedInAt: z.string().nullable(),
});
export type Participant = z.infer<typeof participantSchema>;

/** `PUT /api/editions/:id/availability`: the slots the caller cannot attend (replaces the earlier list). */
export const updateAvailabilitySchema = z.strictObject({
  unavailableSlotIds: z
    .array(z.uuid())
    .max(2000)
    .transform((ids) => [...new Set(ids)]),
});
export type UpdateAvailabilityRequest = z.input<typeof updateAvailabilitySchema>;

export const availabilitySchema = z.object({ unavailableSlotIds: z.array(z.uuid()) });
export type Availability = z.infer<typeof availabilitySchema>;

/** `GET /api/editions/:id/unavailabilities` (organiser): every participant's "cannot attend" slots. */
export const editionUnavailabilitiesSchema = z.object({
  items: z.array(z.object({ userId: z.uuid(), slotIds: z.array(z.uuid()) })),
});
export type EditionUnavailabilities = z.infer<typeof editionUnavailabilitiesSchema>;
