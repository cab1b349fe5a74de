import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsEmail, IsIn, IsObject, IsUUID, ValidateNested } from 'class-validator';
import {
  CHANNELS,
  TICKET_KINDS,
  URGENCIES,
  type Channel,
  type Severity,
  type TicketKind,
  type Urgency,
} from '#domain';
import { IsInstant } from './is-instant.validator.js';
import { IsSeverity, SEVERITY_RANGE } from '../../validation/is-severity.decorator.js';
import { ShortText, LongText } from './text.validators.js';
import { Omittable } from '../../validation/omittable.decorator.js';

export class ReporterDto {
  @ApiProperty({ example: '王护士长 (fictional)' })
  @ShortText()
  name: string;

  @ApiPropertyOptional({ example: '0000-0000000' })
  @Omittable()
  @ShortText(50)
  phone?: string;

  @ApiPropertyOptional({ example: 'contact@example.org' })
  @Omittable()
  @IsEmail()
  email?: string;

  @ApiPropertyOptional()
  @Omittable()
  @ShortText(50)
  fax?: string;
}

export class ProductDto {
  @ApiProperty({ example: 'DIP grouping platform' })
  @ShortText()
  name: string;

  @ApiProperty({ example: '3.2.1' })
  @ShortText(50)
  version: string;
}

export class ReportFaultDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  contractId: string;

  @ApiProperty({ type: ReporterDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ReporterDto)
  reporter: ReporterDto;

  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS)
  channel: Channel;

  @ApiPropertyOptional({ type: ProductDto, description: "Defaults to the contract's product" })
  @Omittable()
  @IsObject()
  @ValidateNested()
  @Type(() => ProductDto)
  product?: ProductDto;

  @ApiProperty({ description: '故障描述' })
  @LongText()
  description: string;

  @ApiProperty({ ...SEVERITY_RANGE, description: '1 system down … 4 request for information' })
  @IsSeverity()
  severity: Severity;

  @ApiProperty({ enum: TICKET_KINDS })
  @IsIn(TICKET_KINDS)
  kind: TicketKind;

  @ApiProperty({ enum: URGENCIES })
  @IsIn(URGENCIES)
  urgency: Urgency;

  @ApiPropertyOptional({
    description:
      'When the customer reported it (the minute the phone rang); defaults to now; staff at most BACKDATED_MAX_HOURS back, a customer contact 15 minutes; never before the contract was registered',
  })
  @Omittable()
  @IsInstant()
  reportedAt?: string;

  @ApiPropertyOptional({
    description:
      'Why reportedAt lies in the past: required once it lies further back than BACKDATED_TOLERANCE_SECONDS (default 300)',
  })
  @Omittable()
  @LongText(2000)
  reportedAtReason?: string;
}
