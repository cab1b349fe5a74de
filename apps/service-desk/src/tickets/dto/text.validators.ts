import { applyDecorators } from '@nestjs/common';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** A required line of text (trimmed emptiness is refused by the domain). */
export const ShortText = (max = 200) => applyDecorators(IsString(), IsNotEmpty(), MaxLength(max));

/** A required paragraph: descriptions, causes, measures. */
export const LongText = (max = 20_000) => applyDecorators(IsString(), IsNotEmpty(), MaxLength(max));
