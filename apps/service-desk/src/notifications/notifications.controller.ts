import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext } from '#command-handling';
import { Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Roles } from '../auth/roles.decorator.js';
import { RequestCommand } from '../command-handling/request-command-context.js';
import { uuidParam } from '../tickets/ticket-id.pipe.js';
import { ListNotificationsDto } from './list-notifications.dto.js';
import { MarkNotificationReadCommand } from './mark-notification-read.command.js';
import { NotificationPageDto, NotificationReadResultDto } from './notification.dto.js';
import { NotificationReader } from './notification-reader.js';
import { NotificationRecipients } from './notification-recipients.js';
import { DeliveryLogDto, ListDeliveriesDto } from './webhook/delivery-log.dto.js';
import { DeliveryLog } from './webhook/delivery-log.js';

/** Notifications are internal: every staff role, never a customer contact. */
const STAFF = ['agent', 'engineer', 'manager', 'headquarters', 'auditor', 'admin'] as const;

@ApiTags('notifications')
@ApiBearerAuth()
@Roles(...STAFF)
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly reader: NotificationReader,
    private readonly recipients: NotificationRecipients,
    private readonly commands: CommandBus,
    private readonly deliveries: DeliveryLog,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      "The caller's notifications: SLA warnings, escalations, complaints, level-1 reports and missed service-plan periods",
    description:
      "Those addressed to the caller's user id and those addressed to a role it holds (e.g. every " +
      'manager sees what went to `manager`), newest first, with its own read marks. A missed ' +
      'inspection month or revisit quarter (`service_plan_missed`) is about a contract: `ticketId` ' +
      'null, `contractId` and `period` set; it goes to the fixed inspection expert and `manager`. ' +
      'Internal: a customer contact gets 403.',
  })
  @ApiOkResponse({ type: NotificationPageDto })
  @ApiForbiddenResponse({ description: 'A customer contact (problem+json)' })
  async list(
    @Query() query: ListNotificationsDto,
    @Req() request: FastifyRequest,
  ): Promise<NotificationPageDto> {
    const user = request.user!;
    return this.reader.list(user.id, await this.recipients.of(user), query);
  }

  @Get('deliveries')
  @Roles('admin')
  @ApiOperation({
    summary: 'The log of delivery attempts over the channels (webhook), newest first',
    description:
      'One entry per attempt: when, the HTTP status or the error, the attempt number and what followed ' +
      '(delivered, retry at nextAttemptAt, failed).',
  })
  @ApiOkResponse({ type: DeliveryLogDto })
  deliveryLog(@Query() query: ListDeliveriesDto): Promise<DeliveryLogDto> {
    return this.deliveries.list(query);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Marks one of your notifications read (for you only)',
    description:
      'Records NotificationRead on your own stream `notification-reads-<your id>`; marking it again ' +
      'records nothing and answers the first result. 404 if the notification is not addressed to you.',
  })
  @ApiOkResponse({ type: NotificationReadResultDto })
  @ApiNotFoundResponse({ description: 'No such notification addressed to the caller (problem+json)' })
  markRead(
    @Param('id', uuidParam('id')) id: string,
    @Req() request: FastifyRequest,
    @RequestCommand() context: CommandContext,
  ): Promise<NotificationReadResultDto> {
    return this.commands.execute(new MarkNotificationReadCommand(request.user!, id, context));
  }
}
