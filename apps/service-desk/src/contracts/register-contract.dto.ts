import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsISO8601,
  IsObject,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsTimeZone } from './contract-validators.js';
import { BusinessTimeDto } from '../tickets/dto/business-time.dto.js';
import { Omittable } from '../validation/omittable.decorator.js';

export class ProductDto {
  @ApiProperty({ example: 'DIP grouping platform', maxLength: 200 })
  @IsString()
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: '3.2', maxLength: 100 })
  @IsString()
  @Matches(/\S/, { message: 'version must not be blank' })
  @MaxLength(100)
  version: string;
}

/** occurredAt: when the contract was registered on paper (history entered later); default now. */
export class RegisterContractDto extends BusinessTimeDto {
  @ApiProperty({ description: 'An existing customer' })
  @IsString()
  @MaxLength(200)
  customerId: string;

  @ApiPropertyOptional({
    description: 'Title or number as printed on the forms; default "<product> <version>"',
  })
  @Omittable()
  @IsString()
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(200)
  name?: string;

  @ApiProperty({ type: ProductDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ProductDto)
  product: ProductDto;

  @ApiProperty({
    description: 'Date of final acceptance (终验), when the warranty starts',
    example: '2026-01-15',
  })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'acceptanceDate must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'acceptanceDate must be a real date YYYY-MM-DD' })
  acceptanceDate: string;

  @ApiPropertyOptional({
    description: 'Warranty length from acceptance; default 12',
    minimum: 0,
    maximum: 600,
  })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(600)
  warrantyMonths?: number;

  @ApiPropertyOptional({
    description: 'IANA zone of the customer; default Asia/Shanghai',
    example: 'Asia/Shanghai',
  })
  @Omittable()
  @IsTimeZone()
  timeZone?: string;

  @ApiProperty({ description: 'The contract’s fixed inspection expert: an active engineer’s staff id' })
  @IsString()
  @MaxLength(200)
  inspectionExpertId: string;
}
