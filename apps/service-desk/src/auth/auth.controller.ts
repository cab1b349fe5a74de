import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { CommandContext } from '#command-handling';
import { RequestCommand } from '../command-handling/request-command-context.js';
import type { AuthenticatedUser } from './authenticated-user.js';
import { ChangeOwnPasswordCommand } from './change-own-password.command.js';
import { ChangePasswordDto } from './change-password.dto.js';
import { CurrentUser } from './current-user.decorator.js';
import { LoginResponseDto } from './login-response.dto.js';
import { LoginDto } from './login.dto.js';
import { LoginService } from './login.service.js';
import { LogoutCommand } from './logout.command.js';
import { Public } from './public.decorator.js';

const THROTTLED =
  'Too many failed logins for this name (5 in 15 minutes; longer at each further failure) or from this ' +
  'address (20 in 15 minutes): problem+json with Retry-After in seconds';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly logins: LoginService,
    private readonly commands: CommandBus,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a username and password for a bearer token' })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ description: 'Wrong username or password, or a deactivated account' })
  @ApiTooManyRequestsResponse({ description: THROTTLED })
  login(@Body() body: LoginDto, @Req() request: FastifyRequest): Promise<LoginResponseDto> {
    return this.logins.login(body.username, body.password, request);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'End the presented token (in every service process), before it expires' })
  @ApiNoContentResponse({ description: 'The token is ended' })
  async logout(@Req() request: FastifyRequest, @RequestCommand() context: CommandContext): Promise<void> {
    const { jti, exp } = request.tokenClaims!;
    await this.commands.execute(new LogoutCommand({ jti, exp }, context));
  }

  @Post('password')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Change your own password, proving the current one',
    description:
      'Ends every token issued to you before (this one too) and answers a fresh token. A wrong ' +
      'currentPassword counts as a failed login for the login throttles.',
  })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiForbiddenResponse({ description: 'currentPassword is wrong' })
  @ApiTooManyRequestsResponse({ description: THROTTLED })
  changePassword(
    @Body() body: ChangePasswordDto,
    @Req() request: FastifyRequest,
    @RequestCommand() context: CommandContext,
  ): Promise<LoginResponseDto> {
    return this.commands.execute(new ChangeOwnPasswordCommand({ ...body, request }, context));
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The caller, as the bearer token proves it' })
  me(@CurrentUser() user: AuthenticatedUser): AuthenticatedUser {
    return user;
  }
}
