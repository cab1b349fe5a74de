import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../command-handling/command-context.js';
import { RequestCommand } from '../command-handling/request-command-context.js';
import { Clock } from '../clock/clock.js';
import { Roles } from '../auth/roles.decorator.js';
import { RegisterStaffDto } from './register-staff.dto.js';
import { StaffRegistration } from './staff-registration.js';
import { WriteResultDto, writeResult } from './write-result.dto.js';

@ApiTags('staff')
@ApiBearerAuth()
@Controller('staff')
export class StaffController {
  constructor(
    private readonly registration: StaffRegistration,
    private readonly clock: Clock,
  ) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Register a user (staff member or customer contact)' })
  @ApiCreatedResponse({ type: WriteResultDto })
  async register(
    @Body() body: RegisterStaffDto,
    @RequestCommand() context: CommandContext,
  ): Promise<WriteResultDto> {
    const input = { ...body };
    const outcome = await this.registration.register(input, context, this.clock.now().toISOString());
    return writeResult(this.registration.staffIdFor(context), outcome);
  }
}
