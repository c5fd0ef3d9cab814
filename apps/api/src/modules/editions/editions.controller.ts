import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Edition, Page } from '@serumpun/shared';
import { Public } from '../../common/auth.decorators.js';
import { ListEditionsQueryDto } from './editions.dto.js';
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
}
