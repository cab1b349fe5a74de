import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '#domain';

export class LoggedInUserDto {
  @ApiProperty({ description: 'Staff id (the actor id in events)', format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'duty.engineer' })
  username: string;

  @ApiProperty({ enum: ROLES })
  role: Role;

  @ApiPropertyOptional({ description: 'Only for role customer: the organisation the contact belongs to' })
  customerId?: string;

  @ApiProperty({ example: 'Duty Engineer One' })
  displayName: string;
}

export class LoginResponseDto {
  @ApiProperty({ description: 'Send as "Authorization: Bearer <accessToken>"' })
  accessToken: string;

  @ApiProperty({ description: 'Seconds until the token expires', example: 28800 })
  expiresIn: number;

  @ApiProperty({ type: LoggedInUserDto })
  user: LoggedInUserDto;
}
