import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { CustomerContactDto } from './customer-contact.dto.js';
import { Omittable } from '../validation/omittable.decorator.js';

const PHONE = /^\+?[0-9 ()\-./]{3,50}$/;

/** The organisation as the forms print it, and its contacts (personal data). */
export class RegisterCustomerDto {
  @ApiProperty({ example: 'Example County Hospital (fictional)', maxLength: 200 })
  @IsString()
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 'BMH3', maxLength: 100 })
  @Omittable()
  @IsString()
  @Matches(/\S/, { message: 'shortName must not be blank' })
  @MaxLength(100)
  shortName?: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @Omittable()
  @IsString()
  @Matches(/\S/, { message: 'address must not be blank' })
  @MaxLength(500)
  address?: string;

  @ApiPropertyOptional({ example: '100050', maxLength: 20 })
  @Omittable()
  @IsString()
  @Matches(/^[A-Za-z0-9 -]{2,20}$/, { message: 'postcode must be 2 to 20 letters, digits, spaces or -' })
  postcode?: string;

  @ApiPropertyOptional({ description: 'The organisation’s switchboard', maxLength: 50 })
  @Omittable()
  @Matches(PHONE, { message: 'phone must be a phone number (digits, spaces, + ( ) - . /)' })
  phone?: string;

  @ApiPropertyOptional({ maxLength: 50 })
  @Omittable()
  @Matches(PHONE, { message: 'fax must be a phone number (digits, spaces, + ( ) - . /)' })
  fax?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @Omittable()
  @IsEmail()
  @MaxLength(200)
  email?: string;

  @ApiProperty({ type: [CustomerContactDto], maxItems: 100 })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CustomerContactDto)
  contacts: CustomerContactDto[];
}
