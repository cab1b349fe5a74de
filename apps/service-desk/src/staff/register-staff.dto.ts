import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { ROLES, type Role } from '#domain';
import { IsStrongPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../auth/password-policy.js';
import { CustomerIdOnlyForCustomerRole } from './customer-id-for-customer-role.js';

export const USERNAME_PATTERN = /^[A-Za-z0-9._@-]{2,64}$/;

export class RegisterStaffDto {
  @ApiProperty({
    description: 'Login name, unique ignoring case',
    example: 'duty.engineer',
    pattern: USERNAME_PATTERN.source,
  })
  @IsString()
  @Matches(USERNAME_PATTERN, { message: 'username must be 2 to 64 letters, digits or . _ @ -' })
  username: string;

  @ApiProperty({
    minLength: MIN_PASSWORD_LENGTH,
    maxLength: MAX_PASSWORD_LENGTH,
    format: 'password',
    description:
      'At least 12 characters, not containing the username, not one of the 10,000 most common passwords',
  })
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  @IsStrongPassword('username')
  password: string;

  @ApiProperty({ example: 'Duty Engineer One', maxLength: 200 })
  @IsString()
  @Matches(/\S/, { message: 'displayName must not be blank' })
  @MaxLength(200)
  displayName: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({
    description: "Required for, and only for, role 'customer': the contact's organisation",
  })
  @ValidateIf((o: RegisterStaffDto) => o.role === 'customer' || o.customerId !== undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @CustomerIdOnlyForCustomerRole()
  customerId?: string;
}
