import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createOrganiserSchema, validationErrorMap } from '@serumpun/shared';
import { hashPassword } from '../modules/auth/password-hasher.js';
import { UserEntity } from '../modules/users/user.entity.js';

export interface CreateOrganiserResult {
  email: string;
  /** Set when no password was given: shown once, to be changed after the first sign-in. */
  generatedPassword?: string;
}

export class CliUsageError extends Error {}

export const CREATE_ORGANISER_USAGE = 'usage: npm run organiser:create -- --email someone@example.org --name "Full Name" [--password …]';

/** `organiser:create`: the only way, besides an organiser, to make an organiser account. */
export async function createOrganiserCommand(argv: string[], dataSource: DataSource): Promise<CreateOrganiserResult> {
  let values: { email?: string; name?: string; password?: string };
  try {
    ({ values } = parseArgs({ args: argv, options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } } }));
  } catch (error) {
    throw new CliUsageError(`${error instanceof Error ? error.message : String(error)}\n${CREATE_ORGANISER_USAGE}`);
  }
  const generatedPassword = values.password ? undefined : randomBytes(12).toString('base64url');
  const parsed = createOrganiserSchema.safeParse(
    { email: values.email, fullName: values.name, password: values.password ?? generatedPassword },
    { error: validationErrorMap('en') },
  );
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  --${issue.path[0] === 'fullName' ? 'name' : String(issue.path[0])}: ${issue.message}`);
    throw new CliUsageError(`${problems.join('\n')}\n${CREATE_ORGANISER_USAGE}`);
  }
  const repository = dataSource.getRepository(UserEntity);
  if (await repository.existsBy({ email: parsed.data.email })) throw new CliUsageError(`An account with ${parsed.data.email} already exists.`);
  await repository.insert({
    email: parsed.data.email,
    fullName: parsed.data.fullName,
    passwordHash: await hashPassword(parsed.data.password),
    role: 'organiser',
    locale: 'id',
  });
  return { email: parsed.data.email, generatedPassword };
}
