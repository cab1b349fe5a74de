import { Module } from '@nestjs/common';
import { ArchiveController } from './archive.controller.js';
import { ArchiveReader } from './archive-reader.js';
import { GetCustomerArchiveHandler } from './get-customer-archive.query.js';
import { GetTicketFormHandler, ListTicketFormsHandler } from './get-ticket-forms.query.js';

/** The service archive: per customer, and the forms of DOMAIN.md per ticket. */
@Module({
  controllers: [ArchiveController],
  providers: [ArchiveReader, GetCustomerArchiveHandler, GetTicketFormHandler, ListTicketFormsHandler],
})
export class ArchiveModule {}
