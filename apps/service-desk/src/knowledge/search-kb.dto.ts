import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { KB_ENTRY_KINDS, type KbEntryKind } from '#domain';
import { Omittable } from '../validation/omittable.decorator.js';
import { PageCursor, PageLimit } from '../validation/page.decorators.js';

/** GET /api/kb: the search and the page; every one may be left out. */
export class SearchKbDto {
  @ApiPropertyOptional({
    description:
      'Words to find, all of them: Chinese as any two-character word (超时, 接口) or a lone ' +
      'character, other words ' +
      'case-insensitively by their beginning (timeout, conn)',
    example: '超时',
    maxLength: 200,
  })
  @Omittable()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: KB_ENTRY_KINDS })
  @Omittable()
  @IsIn(KB_ENTRY_KINDS, { message: `kind must be one of ${KB_ENTRY_KINDS.join(', ')}` })
  kind?: KbEntryKind;

  @PageLimit()
  limit?: number;

  @PageCursor('The nextCursor of the previous page (same q and kind)', 200)
  cursor?: string;
}
