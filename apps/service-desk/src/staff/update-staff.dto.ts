import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { ROLES, type Role } from '#domain';
import { CustomerIdOnlyForCustomerRole } from './customer-id-for-customer-role.js';
import { IsStrongPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../auth/password-policy.js';
import { Omittable } from '../validation/omittable.decorator.js';

/** Changes to a user, applied together in one append; at least one must be given. */
export class UpdateStaffDto {
  @ApiPropertyOptional({ enum: ROLES, description: "The user's new role (with customerId for 'customer')" })
  @Omittable()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: "With role 'customer' (and only then): the contact's organisation" })
  @ValidateIf((o: UpdateStaffDto) => o.role === 'customer' || o.customerId !== undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @CustomerIdOnlyForCustomerRole()
  customerId?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @Omittable()
  @IsString()
  @Matches(/\S/, { message: 'displayName must not be blank' })
  @MaxLength(200)
  displayName?: string;

  @ApiPropertyOptional({
    description:
      'false deactivates the user (it can no longer log in, its tokens stop working for good); true reactivates it',
  })
  @Omittable()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'Why the user is deactivated', maxLength: 500 })
  @Omittable()
  @IsString()
  @Matches(/\S/, { message: 'reason must not be blank' })
  @MaxLength(500)
  reason?: string;

  @ApiPropertyOptional({
    description:
      'A new password (the admin resets it): at least 12 characters, not containing the username, not ' +
      'one of the 10,000 most common passwords. Ends every token the user holds.',
    minLength: MIN_PASSWORD_LENGTH,
    maxLength: MAX_PASSWORD_LENGTH,
    format: 'password',
  })
  @Omittable()
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  @IsStrongPassword()
  password?: string;
}
