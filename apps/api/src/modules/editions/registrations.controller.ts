import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Availability, EditionUnavailabilities, Page, Participant, Registration } from '@serumpun/shared';
import { CurrentUser, Roles } from '../../common/auth.decorators.js';
import type { AuthUser } from '../../common/auth-user.js';
import { CreateRegistrationDto, ListParticipantsQueryDto, UpdateAvailabilityDto } from './editions.dto.js';
import { RegistrationsService } from './registrations.service.js';

@ApiTags('registrations')
@ApiBearerAuth()
@Controller('editions/:id')
export class RegistrationsController {
  constructor(private readonly registrations: RegistrationsService) {}

  /** A participant registers themself (twice → 409); an organiser may register someone by `userId`. */
  @Post('registrations')
  register(@Param('id') id: string, @Body() body: CreateRegistrationDto, @CurrentUser() user: AuthUser): Promise<Registration> {
    return this.registrations.register(id, user, body);
  }

  @Get('registration')
  mine(@Param('id') id: string, @CurrentUser() user: AuthUser): Promise<Registration> {
    return this.registrations.mine(id, user);
  }

  @Roles('organiser')
  @Post('registrations/:userId/approve')
  @HttpCode(200)
  approve(@Param('id') id: string, @Param('userId') userId: string): Promise<Registration> {
    return this.registrations.approve(id, userId);
  }

  @Roles('organiser')
  @Post('participants/:userId/check-in')
  @HttpCode(200)
  checkIn(@Param('id') id: string, @Param('userId') userId: string): Promise<Registration> {
    return this.registrations.checkIn(id, userId);
  }

  @Get('participants')
  participants(@Param('id') id: string, @Query() query: ListParticipantsQueryDto, @CurrentUser() user: AuthUser): Promise<Page<Participant>> {
    return this.registrations.participants(id, user, query);
  }

  @Get('availability')
  availability(@Param('id') id: string, @CurrentUser() user: AuthUser): Promise<Availability> {
    return this.registrations.availability(id, user);
  }

  @Roles('organiser')
  @Get('unavailabilities')
  unavailabilities(@Param('id') id: string): Promise<EditionUnavailabilities> {
    return this.registrations.unavailabilities(id);
  }

  @Put('availability')
  setAvailability(@Param('id') id: string, @Body() body: UpdateAvailabilityDto, @CurrentUser() user: AuthUser): Promise<Availability> {
    return this.registrations.setAvailability(id, user, body.unavailableSlotIds);
  }
}
