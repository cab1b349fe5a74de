import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { toInteger } from '#service-config';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../ticket-queries/query-values.js';
import { Omittable } from './omittable.decorator.js';

const LIMIT_MESSAGE = `limit must be an integer from 1 to ${MAX_PAGE_SIZE}`;

/** `limit` of a paged list: 1 to MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE when left out. */
export const PageLimit = () =>
  applyDecorators(
    ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE }),
    Omittable(),
    Transform(toInteger),
    IsInt({ message: LIMIT_MESSAGE }),
    Min(1, { message: LIMIT_MESSAGE }),
    Max(MAX_PAGE_SIZE, { message: LIMIT_MESSAGE }),
  );

/** `cursor` of a paged list: the previous page's nextCursor, as it was given. */
export const PageCursor = (description: string, maxLength: number) =>
  applyDecorators(ApiPropertyOptional({ description }), Omittable(), IsString(), MaxLength(maxLength));
