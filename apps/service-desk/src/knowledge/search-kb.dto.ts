import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';
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

  @ApiPropertyOptional({ enum: ['case', 'playbook'] })
  @Omittable()
  @IsIn(['case', 'playbook'], { message: 'kind must be one of case, playbook' })
  kind?: 'case' | 'playbook';

  @PageLimit()
  limit?: number;

  @PageCursor('The nextCursor of the previous page (same q and kind)', 200)
  cursor?: string;
}
