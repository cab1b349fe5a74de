import { Module } from '@nestjs/common';
import { ActOnTicketHandler } from './act-on-ticket.command.js';
import { GetTicketHandler } from './get-ticket.query.js';
import { ReportFaultHandler } from './report-fault.command.js';
import { StaffDirectory } from './staff-directory.js';
import { TicketHistory } from './ticket-history.js';
import { TicketsController } from './tickets.controller.js';

/** Fault reports and every service action on a ticket, as commands through the CommandBus. */
@Module({
  controllers: [TicketsController],
  providers: [ReportFaultHandler, ActOnTicketHandler, GetTicketHandler, StaffDirectory, TicketHistory],
})
export class TicketsModule {}
