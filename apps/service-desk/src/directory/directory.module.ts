import { Module } from '@nestjs/common';
import { StaffModule } from '../staff/staff.module.js';
import { DirectoryController } from './directory.controller.js';

/** Lists of customers, contracts and people, for the UI's pickers and for naming who did what. */
@Module({ imports: [StaffModule], controllers: [DirectoryController] })
export class DirectoryModule {}
