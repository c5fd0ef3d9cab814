import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import type { BusinessProfile, InvestorProfile, Page, Profile } from '@serumpun/shared';
import { CurrentUser, Roles } from '../../common/auth.decorators.js';
import type { AuthUser } from '../../common/auth-user.js';
import { ListInvestorsQueryDto, PROFILE_BODY_OPENAPI } from './profiles.dto.js';
import { ProfilesService } from './profiles.service.js';

@ApiTags('profiles')
@ApiBearerAuth()
@Controller()
export class ProfilesController {
  constructor(private readonly profiles: ProfilesService) {}

  @Roles('investor', 'business')
  @Get('me/profile')
  mine(@CurrentUser() user: AuthUser): Promise<Profile> {
    return this.profiles.mine(user);
  }

  @Roles('investor', 'business')
  @Put('me/profile')
  @ApiBody({ schema: PROFILE_BODY_OPENAPI as never })
  upsertMine(@CurrentUser() user: AuthUser, @Body() body: unknown): Promise<Profile> {
    return this.profiles.upsertMine(user, body);
  }

  @Roles('business', 'organiser')
  @Get('investors')
  listInvestors(@CurrentUser() user: AuthUser, @Query() query: ListInvestorsQueryDto): Promise<Page<InvestorProfile>> {
    return this.profiles.listInvestors(user, query);
  }

  @Get('investors/:id')
  investor(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<InvestorProfile> {
    return this.profiles.investor(user, id);
  }

  @Get('businesses/:id')
  business(@Param('id') id: string): Promise<BusinessProfile> {
    return this.profiles.business(id);
  }
}
