import { ApiProperty } from '@nestjs/swagger';
import type { CommandResult } from '#command-handling';

/** What every write answers: the aggregate, its stream's revision and the global position reached. */
export class WriteResultDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({
    description: 'Revision of the stream after the write (send as If-Match to guard the next one)',
  })
  revision: number;

  @ApiProperty({
    description: 'Global position reached (a bigint, as a string), for read-your-writes',
    type: String,
    example: '42',
    nullable: true,
  })
  position: string | null;
}

export function writeResult(id: string, outcome: CommandResult<unknown, unknown>): WriteResultDto {
  return { id, revision: outcome.revision, position: outcome.position?.toString() ?? null };
}
