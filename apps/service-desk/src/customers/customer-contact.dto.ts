import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class CustomerContactDto {
  @ApiProperty({ example: 'Dr. Wang Fang', maxLength: 200 })
  @IsString()
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 'Head of the medical-insurance office', maxLength: 100 })
  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: 'title must not be blank' })
  @MaxLength(100)
  title?: string;

  @ApiPropertyOptional({ example: '+86 10 5555 0101', maxLength: 50 })
  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9 ()\-./]{3,50}$/, {
    message: 'phone must be a phone number (digits, spaces, + ( ) - . /)',
  })
  @MaxLength(50)
  phone?: string;

  @ApiPropertyOptional({ example: 'wang.fang@hospital.example', maxLength: 200 })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string;

  @ApiPropertyOptional({ example: '+86 10 5555 0102', maxLength: 50 })
  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9 ()\-./]{3,50}$/, { message: 'fax must be a phone number (digits, spaces, + ( ) - . /)' })
  @MaxLength(50)
  fax?: string;
}
