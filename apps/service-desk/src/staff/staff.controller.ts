import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext } from '#command-handling';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { NotFoundError } from '#domain';
import { roleRefused } from '../auth/auth-problems.js';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { LoginThrottle } from '../auth/login-throttle.js';
import { Roles } from '../auth/roles.decorator.js';
import { RequestCommand } from '../command-handling/request-command-context.js';
import { RegisterStaffDto } from './register-staff.dto.js';
import { StaffAccounts } from './staff-accounts.js';
import { StaffIndex } from './staff-index.js';
import { RegisterStaffCommand } from './register-staff.command.js';
import { UpdateStaffCommand } from './update-staff.command.js';
import { StaffDetailView, StaffView, staffView } from './staff-view.js';
import { UpdateStaffDto } from './update-staff.dto.js';
import { WriteResultDto } from './write-result.dto.js';

@ApiTags('staff')
@ApiBearerAuth()
@Controller('staff')
export class StaffController {
  constructor(
    private readonly commands: CommandBus,
    private readonly accounts: StaffAccounts,
    private readonly index: StaffIndex,
    private readonly throttle: LoginThrottle,
  ) {}

  @Post()
  @Roles('admin')
  @ApiOperation({
    summary: 'Register a user (staff member or customer contact); usernames are unique ignoring case',
  })
  @ApiCreatedResponse({ type: WriteResultDto })
  async register(
    @Body() body: RegisterStaffDto,
    @RequestCommand() context: CommandContext,
  ): Promise<WriteResultDto> {
    return this.commands.execute(new RegisterStaffCommand(body, context));
  }

  @Get()
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Every user, by username' })
  @ApiOkResponse({ type: [StaffView] })
  async list(): Promise<StaffView[]> {
    return (await this.index.all()).map(staffView);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One user (admin and manager: anyone; everybody else: itself)' })
  @ApiOkResponse({ type: StaffDetailView })
  async get(
    @Param('id') id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffDetailView> {
    if (user.role !== 'admin' && user.role !== 'manager' && user.id !== id) {
      throw roleRefused(user.role, 'read another user', ['admin', 'manager']);
    }
    const { state, revision } = await this.accounts.byId(id);
    if (state.status === 'not_registered' || revision === 'no_stream')
      throw new NotFoundError('staff user', id);
    void reply.header('ETag', `"${revision}"`);
    return { ...staffView(state), revision };
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Change a user’s role, name or password; deactivate or reactivate it' })
  @ApiOkResponse({ type: WriteResultDto })
  async update(
    @Param('id') id: string,
    @Body() body: UpdateStaffDto,
    @RequestCommand() context: CommandContext,
  ): Promise<WriteResultDto> {
    return this.commands.execute(new UpdateStaffCommand(id, body, context));
  }

  @Post(':id/unlock')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Lift the login lockout of a user and forgive its failed logins (recorded as LoginUnlocked)',
  })
  @ApiNoContentResponse({ description: 'The user may log in again at once' })
  async unlock(@Param('id') id: string, @RequestCommand() context: CommandContext): Promise<void> {
    const { state } = await this.accounts.byId(id);
    if (state.status === 'not_registered') throw new NotFoundError('staff user', id);
    await this.throttle.unlock(state.username, context);
  }
}
