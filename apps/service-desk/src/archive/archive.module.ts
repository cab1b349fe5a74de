import { Module } from '@nestjs/common';
import { ArchiveController } from './archive.controller.js';
import { ArchiveReader } from './archive-reader.js';
import { GetCustomerArchiveHandler } from './get-customer-archive.query.js';
import { GetPhaseSurveyFormHandler } from './get-phase-survey-form.query.js';
import { GetTicketFormHandler, ListTicketFormsHandler } from './get-ticket-forms.query.js';

/** The service archive: per customer, the forms of DOMAIN.md per ticket, and the phase surveys' forms. */
@Module({
  controllers: [ArchiveController],
  providers: [
    ArchiveReader,
    GetCustomerArchiveHandler,
    GetTicketFormHandler,
    ListTicketFormsHandler,
    GetPhaseSurveyFormHandler,
  ],
})
export class ArchiveModule {}
