import { CommandBus } from '@nestjs/cqrs';
import { CommandSeam } from '../command-handling/command-seam.js';
import { type CommandContext } from '#command-handling';
import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { customerDecider, customerStream, NotFoundError } from '#domain';
import { otherOrganisation } from '../auth/auth-problems.js';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { RequestCommand } from '../command-handling/request-command-context.js';
import { WriteResultDto } from '../staff/write-result.dto.js';
import { RegisterCustomerCommand } from './register-customer.command.js';
import { CustomerView, customerView } from './customer-view.js';
import { RegisterCustomerDto } from './register-customer.dto.js';

@ApiTags('customers')
@ApiBearerAuth()
@Controller('customers')
export class CustomersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly seam: CommandSeam,
  ) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Register a customer organisation and its contacts' })
  @ApiCreatedResponse({ type: WriteResultDto })
  async register(
    @Body() body: RegisterCustomerDto,
    @RequestCommand() context: CommandContext,
  ): Promise<WriteResultDto> {
    return this.commands.execute(new RegisterCustomerCommand(body, context));
  }

  @Get(':id')
  @Roles('admin', 'manager', 'agent', 'engineer', 'headquarters', 'auditor', 'customer')
  @ApiOperation({
    summary: 'A customer and its contacts',
    description:
      'A customer contact reads its own organisation only. Auditor and headquarters see contact names only.',
  })
  @ApiOkResponse({ type: CustomerView })
  async get(
    @Param('id') id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CustomerView> {
    if (user.role === 'customer' && user.customerId !== id) {
      throw otherOrganisation(`customer ${id}`);
    }
    const { state, revision } = await this.seam.load(customerStream(id), customerDecider);
    if (state.status === 'not_registered' || revision === 'no_stream')
      throw new NotFoundError('customer', id);
    void reply.header('ETag', `"${revision}"`);
    return customerView(state, revision, user.role);
  }
}
