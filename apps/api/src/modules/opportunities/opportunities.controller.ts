import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Opportunity, OpportunitySearchResult } from '@serumpun/shared';
import { CurrentUser, Roles } from '../../common/auth.decorators.js';
import type { AuthUser } from '../../common/auth-user.js';
import { CreateOpportunityDto, SearchOpportunitiesQueryDto, UpdateOpportunityDto } from './opportunities.dto.js';
import { OpportunitiesService } from './opportunities.service.js';

@ApiTags('opportunities')
@ApiBearerAuth()
@Controller('opportunities')
export class OpportunitiesController {
  constructor(private readonly opportunities: OpportunitiesService) {}

  @Roles('business')
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() body: CreateOpportunityDto): Promise<Opportunity> {
    return this.opportunities.create(user, body);
  }

  @Get()
  search(@CurrentUser() user: AuthUser, @Query() query: SearchOpportunitiesQueryDto): Promise<OpportunitySearchResult> {
    return this.opportunities.search(user, query);
  }

  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<Opportunity> {
    return this.opportunities.get(user, id);
  }

  @Patch(':id')
  update(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: UpdateOpportunityDto): Promise<Opportunity> {
    return this.opportunities.update(user, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<void> {
    await this.opportunities.remove(user, id);
  }
}
