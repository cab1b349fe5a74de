import { Module } from '@nestjs/common';
import { AdminBootstrap } from './admin-bootstrap.js';
import { StaffController } from './staff.controller.js';
import { StaffIndex } from './staff-index.js';
import { RegisterStaffHandler } from './register-staff.command.js';
import { UpdateStaffHandler } from './update-staff.command.js';
import { UsernameReservation } from './username-reservation.js';

/** Users: registration with unique usernames, the directory, role changes, the first admin. */
@Module({
  controllers: [StaffController],
  providers: [UsernameReservation, RegisterStaffHandler, UpdateStaffHandler, StaffIndex, AdminBootstrap],
  exports: [StaffIndex],
})
export class StaffModule {}
