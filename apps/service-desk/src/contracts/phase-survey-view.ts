import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IMPLEMENTATION_PHASES } from '#domain';
import { ProductDto } from './register-contract.dto.js';

/** One phase survey (PhaseSurveyRecorded) as GET /api/contracts/:id/surveys lists it. */
export class PhaseSurveyView {
  @ApiProperty() surveyId: string;
  @ApiProperty({ enum: IMPLEMENTATION_PHASES }) phase: string;
  @ApiProperty({ type: ProductDto }) product: ProductDto;
  @ApiPropertyOptional() implementingTeam?: string;
  @ApiProperty() respondent: string;
  @ApiProperty({
    description: 'Item → score 0..5 (0 not applicable); overall always present',
    additionalProperties: { type: 'integer' },
  })
  scores: Record<string, number>;
  @ApiPropertyOptional() comments?: string;
  @ApiProperty({ description: "ISO instant in the contract's zone" }) surveyedAt: string;
  @ApiProperty({ description: 'Staff or customer-contact id who entered it' }) recordedBy: string;
}

export class PhaseSurveyListView {
  @ApiProperty({ format: 'uuid' }) contractId: string;
  @ApiProperty({ type: [PhaseSurveyView], description: 'In the order they were recorded' })
  surveys: PhaseSurveyView[];
}
