import { ApiProperty } from '@nestjs/swagger';
import { AGE_BUCKETS } from './backlog-report.js';

/* OpenAPI shapes of GET /api/reports/backlog. */

class BacklogCountsDoc {
  @ApiProperty({ description: 'Open tickets (not closed)' }) open: number;
  @ApiProperty({ description: 'With a timer at risk now and none breached' }) atRisk: number;
  @ApiProperty({ description: 'With a breached timer' }) breached: number;
}

class BacklogStatusDoc extends BacklogCountsDoc {
  @ApiProperty() status: string;
}

class BacklogAgeDoc extends BacklogCountsDoc {
  @ApiProperty({ enum: AGE_BUCKETS.map((b) => b.key) }) age: string;
}

class BacklogEngineerDoc extends BacklogCountsDoc {
  @ApiProperty({ type: String, nullable: true, description: 'The assignee; null: nobody yet' }) engineerId:
    string | null;
  @ApiProperty() engineer: string;
}

export class BacklogReportDoc {
  @ApiProperty() asOf: string;
  @ApiProperty() timeZone: string;
  @ApiProperty() total: BacklogCountsDoc;
  @ApiProperty({ type: [BacklogStatusDoc] }) byStatus: BacklogStatusDoc[];
  @ApiProperty({ type: [BacklogAgeDoc] }) byAge: BacklogAgeDoc[];
  @ApiProperty({ type: [BacklogEngineerDoc] }) byEngineer: BacklogEngineerDoc[];
}
