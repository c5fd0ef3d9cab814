import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, type EntityManager, type Repository } from 'typeorm';
import type { Locale, Role, UpdateMeRequest, User } from '@serumpun/shared';
import { DomainException } from '../../common/api-exceptions.js';
import { UserEntity } from './user.entity.js';
import { AUTH_MESSAGES } from '../auth/auth.messages.js';

export interface NewUser {
  email: string;
  passwordHash: string;
  fullName: string;
  role: Role;
  locale: Locale;
}

@Injectable()
export class UsersService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email: email.toLowerCase() });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  /** Inserts a user; the unique index on email decides races, and a duplicate becomes a 409. */
  async create(newUser: NewUser, manager?: EntityManager): Promise<UserEntity> {
    const repository = manager ? manager.getRepository(UserEntity) : this.users;
    try {
      return await repository.save(repository.create(newUser));
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new DomainException(409, AUTH_MESSAGES['auth.email_taken'], { field: 'email' });
      }
      throw error;
    }
  }

  async update(id: string, changes: UpdateMeRequest): Promise<UserEntity> {
    const user = await this.users.findOneByOrFail({ id });
    Object.assign(user, Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)));
    return this.users.save(user);
  }
}

/** The public shape of a user (API.md `GET /api/me`): never the password hash. */
export function toUserView(user: UserEntity): User {
  return { id: user.id, email: user.email, fullName: user.fullName, role: user.role, locale: user.locale };
}
