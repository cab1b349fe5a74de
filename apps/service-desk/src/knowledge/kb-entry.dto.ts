import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { KB_ENTRY_KINDS, PLAYBOOK_KINDS, type KbEntryKind } from '#domain';

export class KbProductDto {
  @ApiProperty()
  name: string;

  @ApiProperty()
  version: string;
}

/** A case or a playbook with its current text. */
export class KbEntryDto {
  @ApiProperty({ description: 'Case id (UUID) or playbook id (e.g. seed-intrusion)' })
  id: string;

  @ApiProperty({ enum: KB_ENTRY_KINDS })
  kind: KbEntryKind;

  @ApiProperty({ description: "A case's symptom, a playbook's title" })
  title: string;

  @ApiPropertyOptional({ format: 'uuid' })
  ticketId?: string;

  @ApiPropertyOptional()
  symptom?: string;

  @ApiPropertyOptional()
  cause?: string;

  @ApiPropertyOptional()
  fix?: string;

  @ApiPropertyOptional()
  category?: string;

  @ApiPropertyOptional({ type: KbProductDto })
  product?: KbProductDto;

  @ApiPropertyOptional({
    enum: PLAYBOOK_KINDS,
  })
  playbookKind?: string;

  @ApiPropertyOptional()
  prevention?: string;

  @ApiPropertyOptional()
  response?: string;

  @ApiProperty({ description: 'Revisions since first written (0 = never revised)' })
  revision: number;

  @ApiProperty()
  createdBy: string;

  @ApiProperty()
  createdAt: string;

  @ApiProperty()
  updatedAt: string;
}

/** One text the entry has had: revision 0 is the first. */
export class KbRevisionDto {
  @ApiProperty()
  revision: number;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'The text fields' })
  text: Record<string, string>;

  @ApiPropertyOptional({ description: 'Why it was revised (absent on revision 0)' })
  reason?: string;

  @ApiProperty()
  author: string;

  @ApiProperty()
  at: string;
}

export class KbEntryDetailDto extends KbEntryDto {
  @ApiProperty({ type: [KbRevisionDto], description: 'Every text, oldest first' })
  history: KbRevisionDto[];
}

export class KbPageDto {
  @ApiProperty({ type: [KbEntryDto], description: 'Most recently changed first' })
  items: KbEntryDto[];

  @ApiPropertyOptional({ description: 'Pass as cursor for the next page; absent on the last' })
  nextCursor?: string;
}
