export const ROLES = ['investor', 'business', 'organiser'] as const;
export type Role = (typeof ROLES)[number];

/** Roles a person may pick when registering; organisers are created by organisers or the CLI. */
export const SELF_REGISTERED_ROLES = ['investor', 'business'] as const;
export type SelfRegisteredRole = (typeof SELF_REGISTERED_ROLES)[number];
