import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { SuggestedMeetingList } from '@serumpun/shared';
import { CurrentUser } from '../../common/auth.decorators.js';
import type { AuthUser } from '../../common/auth-user.js';
import { AcceptLanguage } from './caller-locale.js';
import { SuggestedMeetingsQueryDto } from './matching.dto.js';
import { SuggestedMeetingsService } from './suggested-meetings.service.js';

@ApiTags('matching')
@ApiBearerAuth()
@Controller('editions/:id/suggested-meetings')
export class SuggestedMeetingsController {
  constructor(private readonly suggestions: SuggestedMeetingsService) {}

  @Get()
  suggest(
    @Param('id') editionId: string,
    @CurrentUser() user: AuthUser,
    @Query() query: SuggestedMeetingsQueryDto,
    @AcceptLanguage() language: string | null,
  ): Promise<SuggestedMeetingList> {
    return this.suggestions.suggest(editionId, user, query.limit, language);
  }
}
