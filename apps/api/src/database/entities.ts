import { RefreshTokenEntity } from '../modules/auth/refresh-token.entity.js';
import { EditionEntity } from '../modules/editions/edition.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';

/** Every entity, listed explicitly: no globs, so the app, the CLI and ts-jest load the same set. */
export const ENTITIES = [UserEntity, RefreshTokenEntity, EditionEntity];
