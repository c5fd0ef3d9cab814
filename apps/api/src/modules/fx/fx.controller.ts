import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FxRates } from '@serumpun/shared';
import { CurrentUser, Roles } from '../../common/auth.decorators.js';
import type { AuthUser } from '../../common/auth-user.js';
import { SetFxRatesDto } from './fx.dto.js';
import { FxService } from './fx.service.js';

@ApiTags('fx')
@ApiBearerAuth()
@Controller('fx-rates')
export class FxController {
  constructor(private readonly fx: FxService) {}

  /** The rates in force, each with its date, for showing amounts in the viewer's currency. */
  @Get()
  current(): Promise<FxRates> {
    return this.fx.current();
  }

  /** Sets the rates of a date; every stored dollar amount follows in the same transaction. */
  @Roles('organiser')
  @Put()
  set(@CurrentUser() user: AuthUser, @Body() body: SetFxRatesDto): Promise<FxRates> {
    return this.fx.setRates(user.id, body);
  }
}
