import { Module } from '@nestjs/common';
import { ActOnTicketHandler } from './act-on-ticket.command.js';
import { GetTicketHandler } from './get-ticket.query.js';
import { ReportFaultHandler } from './report-fault.command.js';
import { ServiceNumberAllocator } from './service-number.allocator.js';
import { StaffDirectory } from './staff-directory.js';
import { TicketsController } from './tickets.controller.js';

/** Fault reports and every service action on a ticket, as commands through the CommandBus. */
@Module({
  controllers: [TicketsController],
  providers: [
    ReportFaultHandler,
    ActOnTicketHandler,
    GetTicketHandler,
    ServiceNumberAllocator,
    StaffDirectory,
  ],
})
export class TicketsModule {}
