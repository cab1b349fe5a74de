import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ArchiveReader } from './archive-reader.js';
import { TICKET_FORM_NAMES, TICKET_FORMS, type TicketFormName } from './forms/ticket-forms.js';
import type { TicketFormHeaderDto } from './forms/ticket-form-header.dto.js';
import type { TicketFormsListDto } from './ticket-forms-list.dto.js';
import { UserQuery } from '../command-handling/user-query.js';

/** One form of a ticket, rendered from the archive. */
export class GetTicketFormQuery extends UserQuery<
  { ticketId: string; form: TicketFormName },
  TicketFormHeaderDto
> {}

/** The forms of a ticket and which of them apply. */
export class ListTicketFormsQuery extends UserQuery<{ ticketId: string }, TicketFormsListDto> {}

@QueryHandler(GetTicketFormQuery)
export class GetTicketFormHandler implements IQueryHandler<GetTicketFormQuery> {
  constructor(private readonly archive: ArchiveReader) {}

  async execute({ params: { ticketId, form }, user }: GetTicketFormQuery): Promise<TicketFormHeaderDto> {
    return TICKET_FORMS[form].render(await this.archive.ticketSources(ticketId, user));
  }
}

@QueryHandler(ListTicketFormsQuery)
export class ListTicketFormsHandler implements IQueryHandler<ListTicketFormsQuery> {
  constructor(private readonly archive: ArchiveReader) {}

  async execute({ params: { ticketId }, user }: ListTicketFormsQuery): Promise<TicketFormsListDto> {
    const sources = await this.archive.ticketSources(ticketId, user);
    return {
      ticketId,
      serviceNo: sources.ticket.service_no,
      forms: TICKET_FORM_NAMES.map((form) => ({
        form,
        title: TICKET_FORMS[form].title,
        titleEn: TICKET_FORMS[form].titleEn,
        applies: TICKET_FORMS[form].applies(sources),
        when: TICKET_FORMS[form].when,
        href: `/api/archive/tickets/${ticketId}/forms/${form}`,
      })),
    };
  }
}
