import { Injectable } from '@nestjs/common';
import { DomainException } from '../../common/api-exceptions.js';
import type { AuthUser } from '../../common/auth-user.js';
import { MatchFeedbackRepository } from './match-feedback.repository.js';
import { MATCHING_MESSAGES } from './matching.messages.js';

/**
 * Dismissing and saving matches. A target must be something the caller could be matched with: for an
 * investor an opportunity they can see (not someone's draft), for a business a visible investor (by user
 * id). Anything else is not found (404), as if it did not exist. Repeating any of these is harmless.
 */
@Injectable()
export class MatchFeedbackService {
  constructor(private readonly feedback: MatchFeedbackRepository) {}

  async dismiss(user: AuthUser, targetId: string): Promise<void> {
    await this.requireTarget(user, targetId);
    await this.feedback.dismiss(user.id, targetId);
  }

  async undismiss(user: AuthUser, targetId: string): Promise<void> {
    await this.requireTarget(user, targetId);
    await this.feedback.undismiss(user.id, targetId);
  }

  async save(user: AuthUser, targetId: string): Promise<void> {
    await this.requireTarget(user, targetId);
    await this.feedback.save(user.id, targetId);
  }

  async unsave(user: AuthUser, targetId: string): Promise<void> {
    await this.requireTarget(user, targetId);
    await this.feedback.unsave(user.id, targetId);
  }

  private async requireTarget(user: AuthUser, targetId: string): Promise<void> {
    if (user.role === 'organiser') throw new DomainException(403, MATCHING_MESSAGES['matches.participants_only']);
    if (!(await this.feedback.isTargetFor(user.role, targetId))) throw new DomainException(404, MATCHING_MESSAGES['matches.target_not_found']);
  }
}
