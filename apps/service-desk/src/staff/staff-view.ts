import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, STAFF_STATUSES, type Role, type StaffUser } from '#domain';

/**
 * A user as the admin and the service manager see it: no password hash, and none of the
 * staff member's own contact details (phone, e-mail), which these views do not need.
 */
export class StaffView {
  @ApiProperty() id: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ enum: STAFF_STATUSES }) status: StaffUser['status'];
  @ApiPropertyOptional({ description: 'Only for role customer' }) customerId?: string;
}

export function staffView(user: StaffUser): StaffView {
  return {
    id: user.staffId,
    username: user.username,
    displayName: user.name,
    role: user.roles[0],
    status: user.status,
    ...(user.customerId !== undefined && { customerId: user.customerId }),
  };
}

export class StaffDetailView extends StaffView {
  @ApiProperty({ description: 'Revision of the staff stream (also the ETag)' }) revision: number;
}
