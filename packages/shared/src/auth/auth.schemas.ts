import { z } from 'zod';
import { LOCALES } from '../common/locale.js';
import { ROLES, SELF_REGISTERED_ROLES } from './roles.js';

export const PASSWORD_MIN_LENGTH = 10;
// Long enough for any passphrase, short enough that hashing it cannot be used to burn CPU.
export const PASSWORD_MAX_LENGTH = 200;

const email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((value) => value.toLowerCase());
const password = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);
const fullName = z.string().trim().min(2).max(120);

export const registerSchema = z.strictObject({
  email,
  password,
  fullName,
  role: z.enum(SELF_REGISTERED_ROLES),
  locale: z.enum(LOCALES).optional(),
});
export type RegisterRequest = z.input<typeof registerSchema>;

export const loginSchema = z.strictObject({
  email,
  // Any length is accepted at login so that a too-short guess gets the same 401 as a wrong one.
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
export type LoginRequest = z.input<typeof loginSchema>;

export const refreshSchema = z.strictObject({
  refreshToken: z.string().min(1).max(500),
});
export type RefreshRequest = z.input<typeof refreshSchema>;

export const logoutSchema = z.strictObject({
  refreshToken: z.string().min(1).max(500).optional(),
});
export type LogoutRequest = z.input<typeof logoutSchema>;

export const createOrganiserSchema = z.strictObject({
  email,
  fullName,
  password,
});
export type CreateOrganiserRequest = z.input<typeof createOrganiserSchema>;

export const updateMeSchema = z.strictObject({
  fullName: fullName.optional(),
  locale: z.enum(LOCALES).optional(),
});
export type UpdateMeRequest = z.input<typeof updateMeSchema>;

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  fullName: z.string(),
  role: z.enum(ROLES),
  locale: z.enum(LOCALES),
});
export type User = z.infer<typeof userSchema>;

export const tokenPairSchema = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
});
export type TokenPair = z.infer<typeof tokenPairSchema>;

export const authSessionSchema = tokenPairSchema.extend({ user: userSchema });
export type AuthSession = z.infer<typeof authSessionSchema>;
