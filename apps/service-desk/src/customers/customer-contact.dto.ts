import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsString, Matches, MaxLength } from 'class-validator';
import { Omittable } from '../validation/omittable.decorator.js';

export class CustomerContactDto {
  @ApiProperty({ example: 'Dr. Example Contact', maxLength: 200 })
  @IsString()
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 'Head of the medical-insurance office', maxLength: 100 })
  @Omittable()
  @IsString()
  @Matches(/\S/, { message: 'title must not be blank' })
  @MaxLength(100)
  title?: string;

  @ApiPropertyOptional({ example: '010-0000-0101', maxLength: 50 })
  @Omittable()
  @IsString()
  @Matches(/^\+?[0-9 ()\-./]{3,50}$/, {
    message: 'phone must be a phone number (digits, spaces, + ( ) - . /)',
  })
  @MaxLength(50)
  phone?: string;

  @ApiPropertyOptional({ example: 'wang.fang@hospital.example', maxLength: 200 })
  @Omittable()
  @IsEmail()
  @MaxLength(200)
  email?: string;

  @ApiPropertyOptional({ example: '010-0000-0102', maxLength: 50 })
  @Omittable()
  @IsString()
  @Matches(/^\+?[0-9 ()\-./]{3,50}$/, { message: 'fax must be a phone number (digits, spaces, + ( ) - . /)' })
  @MaxLength(50)
  fax?: string;
}
