import { Module } from '@nestjs/common';
import { DirectoryController } from './directory.controller.js';

/** Lists of customers and contracts for the UI's pickers. */
@Module({ controllers: [DirectoryController] })
export class DirectoryModule {}
