import { Body, Controller, Get, HttpCode, Patch, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { AuthSession, TokenPair, User } from '@serumpun/shared';
import { CurrentUser, Public, Roles } from '../../common/auth.decorators.js';
import type { AuthUser } from '../../common/auth-user.js';
import { DomainException } from '../../common/api-exceptions.js';
import { toUserView, UsersService } from '../users/users.service.js';
import { CreateOrganiserDto, LoginDto, LogoutDto, RefreshDto, RegisterDto, UpdateMeDto } from './auth.dto.js';
import { AuthService } from './auth.service.js';
import { COMMON_MESSAGES } from '../../common/api-messages.js';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Post('auth/register')
  register(@Body() body: RegisterDto): Promise<AuthSession> {
    return this.auth.register(body);
  }

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  login(@Body() body: LoginDto, @Req() request: FastifyRequest): Promise<AuthSession> {
    return this.auth.login(body, request.ip);
  }

  @Public()
  @Post('auth/refresh')
  @HttpCode(200)
  refresh(@Body() body: RefreshDto): Promise<TokenPair> {
    return this.auth.refresh(body.refreshToken);
  }

  @ApiBearerAuth()
  @Post('auth/logout')
  @HttpCode(204)
  async logout(@CurrentUser() user: AuthUser, @Body() body: LogoutDto): Promise<void> {
    await this.auth.logout(user.id, body.refreshToken);
  }

  @ApiBearerAuth()
  @Get('me')
  async me(@CurrentUser() caller: AuthUser): Promise<User> {
    const user = await this.users.findById(caller.id);
    if (!user) throw new DomainException(401, COMMON_MESSAGES['auth.unauthenticated']);
    return toUserView(user);
  }

  @ApiBearerAuth()
  @Patch('me')
  async updateMe(@CurrentUser() caller: AuthUser, @Body() body: UpdateMeDto): Promise<User> {
    return toUserView(await this.users.update(caller.id, body));
  }

  @ApiBearerAuth()
  @Roles('organiser')
  @Post('organisers')
  createOrganiser(@Body() body: CreateOrganiserDto): Promise<User> {
    return this.auth.createOrganiser(body);
  }
}
