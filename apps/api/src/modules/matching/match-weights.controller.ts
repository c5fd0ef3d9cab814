import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { MatchWeightsDto as MatchWeightsBody } from '@serumpun/shared';
import { CurrentUser, Roles } from '../../common/auth.decorators.js';
import type { AuthUser } from '../../common/auth-user.js';
import { MatchWeightsService } from './match-weights.service.js';
import { MatchWeightsDto } from './matching.dto.js';

/** The weights of the matching criteria. Everyone signed in may read them (scores are explained to all); organisers change them. */
@ApiTags('matching')
@ApiBearerAuth()
@Controller('matching/weights')
export class MatchWeightsController {
  constructor(private readonly weights: MatchWeightsService) {}

  @Get()
  get(): Promise<MatchWeightsBody> {
    return this.weights.current();
  }

  @Roles('organiser')
  @Put()
  replace(@CurrentUser() user: AuthUser, @Body() body: MatchWeightsDto): Promise<MatchWeightsBody> {
    return this.weights.replace(body, user.id);
  }
}
