import { Module } from '@nestjs/common';
import { AdminBootstrap } from './admin-bootstrap.js';
import { StaffController } from './staff.controller.js';
import { StaffIndex } from './staff-index.js';
import { StaffRegistration } from './staff-registration.js';
import { StaffUpdate } from './staff-update.js';
import { UsernameReservation } from './username-reservation.js';

/** Users: registration with unique usernames, the directory, role changes, the first admin. */
@Module({
  controllers: [StaffController],
  providers: [UsernameReservation, StaffRegistration, StaffUpdate, StaffIndex, AdminBootstrap],
  exports: [StaffIndex],
})
export class StaffModule {}
