import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { IsStrongPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-policy.js';

export class ChangePasswordDto {
  @ApiProperty({ format: 'password', maxLength: 1000 })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  currentPassword: string;

  @ApiProperty({
    format: 'password',
    minLength: MIN_PASSWORD_LENGTH,
    maxLength: MAX_PASSWORD_LENGTH,
    description:
      'At least 12 characters, not containing the username, not one of the 10,000 most common passwords',
  })
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  @IsStrongPassword()
  newPassword: string;
}
