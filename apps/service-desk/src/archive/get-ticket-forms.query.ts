import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { ArchiveReader } from './archive-reader.js';
import { TICKET_FORM_NAMES, TICKET_FORMS, type TicketFormName } from './forms/ticket-forms.js';
import type { TicketFormHeaderDto } from './forms/ticket-form-header.dto.js';
import type { TicketFormsListDto } from './ticket-forms-list.dto.js';

/** One form of a ticket, rendered from the archive. */
export class GetTicketFormQuery extends Query<TicketFormHeaderDto> {
  constructor(
    readonly ticketId: string,
    readonly form: TicketFormName,
    readonly user: AuthenticatedUser,
  ) {
    super();
  }
}

/** The forms of a ticket and which of them apply. */
export class ListTicketFormsQuery extends Query<TicketFormsListDto> {
  constructor(
    readonly ticketId: string,
    readonly user: AuthenticatedUser,
  ) {
    super();
  }
}

@QueryHandler(GetTicketFormQuery)
export class GetTicketFormHandler implements IQueryHandler<GetTicketFormQuery> {
  constructor(private readonly archive: ArchiveReader) {}

  async execute({ ticketId, form, user }: GetTicketFormQuery): Promise<TicketFormHeaderDto> {
    return TICKET_FORMS[form].render(await this.archive.ticketSources(ticketId, user));
  }
}

@QueryHandler(ListTicketFormsQuery)
export class ListTicketFormsHandler implements IQueryHandler<ListTicketFormsQuery> {
  constructor(private readonly archive: ArchiveReader) {}

  async execute({ ticketId, user }: ListTicketFormsQuery): Promise<TicketFormsListDto> {
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
