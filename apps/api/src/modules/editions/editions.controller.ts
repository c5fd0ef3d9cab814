import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Edition, EditionLayoutPreview, MeetingTable, Page, Slot } from '@serumpun/shared';
import { CurrentUser, Public, Roles } from '../../common/auth.decorators.js';
import type { AuthUser } from '../../common/auth-user.js';
import { CreateEditionDto, ListEditionsQueryDto, UpdateEditionDto } from './editions.dto.js';
import { EditionsService } from './editions.service.js';

@ApiTags('editions')
@Controller('editions')
export class EditionsController {
  constructor(private readonly editions: EditionsService) {}

  @Public()
  @Get()
  list(@Query() query: ListEditionsQueryDto): Promise<Page<Edition>> {
    return this.editions.list(query);
  }

  @Public()
  @Get(':id')
  get(@Param('id') id: string): Promise<Edition> {
    return this.editions.get(id);
  }

  @ApiBearerAuth()
  @Roles('organiser')
  @Post()
  create(@Body() body: CreateEditionDto): Promise<Edition> {
    return this.editions.create(body);
  }

  /** Changing windows, slot lengths or tables never silently drops a booked meeting: 409 unless `force`. */
  @ApiBearerAuth()
  @Roles('organiser')
  @Patch(':id')
  update(@Param('id') id: string, @Body() body: UpdateEditionDto, @CurrentUser() user: AuthUser): Promise<Edition> {
    return this.editions.update(id, body, user);
  }

  /** The slots and tables a PATCH with this body would add and remove, and the booked meetings it would affect. */
  @ApiBearerAuth()
  @Roles('organiser')
  @Post(':id/layout-preview')
  @HttpCode(200)
  preview(@Param('id') id: string, @Body() body: UpdateEditionDto): Promise<EditionLayoutPreview> {
    return this.editions.previewChange(id, body);
  }

  @Public()
  @Get(':id/slots')
  slots(@Param('id') id: string): Promise<Slot[]> {
    return this.editions.slots(id);
  }

  @Public()
  @Get(':id/tables')
  tables(@Param('id') id: string): Promise<MeetingTable[]> {
    return this.editions.tables(id);
  }
}
