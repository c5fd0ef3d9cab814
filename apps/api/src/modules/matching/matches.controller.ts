import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { MatchList } from '@serumpun/shared';
import { CurrentUser } from '../../common/auth.decorators.js';
import type { AuthUser } from '../../common/auth-user.js';
import { AcceptLanguage } from './caller-locale.js';
import { MatchFeedbackService } from './match-feedback.service.js';
import { MatchesService } from './matches.service.js';
import { ListMatchesQueryDto, MatchTargetDto, MatchTargetParamsDto, OpportunityParamsDto } from './matching.dto.js';

@ApiTags('matching')
@ApiBearerAuth()
@Controller()
export class MatchesController {
  constructor(
    private readonly matches: MatchesService,
    private readonly feedback: MatchFeedbackService,
  ) {}

  @Get('matches')
  list(@CurrentUser() user: AuthUser, @Query() query: ListMatchesQueryDto, @AcceptLanguage() language: string | null): Promise<MatchList> {
    return this.matches.list(user, query, language);
  }

  @Get('matches/saved')
  saved(@CurrentUser() user: AuthUser, @Query() query: ListMatchesQueryDto, @AcceptLanguage() language: string | null): Promise<MatchList> {
    return this.matches.saved(user, query, language);
  }

  @Get('opportunities/:id/matches')
  forOpportunity(
    @CurrentUser() user: AuthUser,
    @Param() params: OpportunityParamsDto,
    @Query() query: ListMatchesQueryDto,
    @AcceptLanguage() language: string | null,
  ): Promise<MatchList> {
    return this.matches.forOpportunity(user, params.id, query, language);
  }

  @Post('matches/dismiss')
  @HttpCode(204)
  async dismiss(@CurrentUser() user: AuthUser, @Body() body: MatchTargetDto): Promise<void> {
    await this.feedback.dismiss(user, body.targetId);
  }

  @Delete('matches/dismissed/:targetId')
  @HttpCode(204)
  async undismiss(@CurrentUser() user: AuthUser, @Param() params: MatchTargetParamsDto): Promise<void> {
    await this.feedback.undismiss(user, params.targetId);
  }

  @Post('matches/save')
  @HttpCode(204)
  async save(@CurrentUser() user: AuthUser, @Body() body: MatchTargetDto): Promise<void> {
    await this.feedback.save(user, body.targetId);
  }

  @Delete('matches/saved/:targetId')
  @HttpCode(204)
  async unsave(@CurrentUser() user: AuthUser, @Param() params: MatchTargetParamsDto): Promise<void> {
    await this.feedback.unsave(user, params.targetId);
  }
}
