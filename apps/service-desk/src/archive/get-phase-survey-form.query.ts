import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError, type PhaseSurveyRecordedData } from '#domain';
import { assertMayReadArchiveOf } from './archive-access.js';
import { ArchiveReader } from './archive-reader.js';
import { phaseSurveyForm, type PhaseSurveyFormDto } from './forms/satisfaction-survey.form.js';
import { UserQuery } from '../command-handling/user-query.js';

export class GetPhaseSurveyFormQuery extends UserQuery<
  { contractId: string; surveyId: string },
  PhaseSurveyFormDto
> {}

/** The satisfaction-survey form of one phase survey, from the archive; 404 unknown, 403 another organisation's. */
@QueryHandler(GetPhaseSurveyFormQuery)
export class GetPhaseSurveyFormHandler implements IQueryHandler<GetPhaseSurveyFormQuery> {
  constructor(private readonly archive: ArchiveReader) {}

  async execute({
    params: { contractId, surveyId },
    user,
  }: GetPhaseSurveyFormQuery): Promise<PhaseSurveyFormDto> {
    const db = this.archive.db();
    const row = await db
      .selectFrom('archive_plan_records')
      .leftJoin('archive_contracts', 'archive_contracts.contract_id', 'archive_plan_records.contract_id')
      .leftJoin('archive_customers', 'archive_customers.customer_id', 'archive_plan_records.customer_id')
      .select([
        'archive_plan_records.customer_id',
        'archive_plan_records.data',
        'archive_contracts.name as contract',
        'archive_customers.name as customer',
      ])
      .where('archive_plan_records.contract_id', '=', contractId)
      .where('archive_plan_records.kind', '=', 'phase_survey')
      .where('archive_plan_records.record_id', '=', surveyId)
      .executeTakeFirst();
    if (!row) throw new NotFoundError('survey', surveyId);
    assertMayReadArchiveOf(user, row.customer_id);
    const survey = JSON.parse(row.data) as PhaseSurveyRecordedData;
    return phaseSurveyForm(survey, row.contract ?? null, row.customer ?? null);
  }
}
