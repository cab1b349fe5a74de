import { Global, Module } from '@nestjs/common';
import { CommandSeam } from './command-seam.js';

/** The command seam, to every module. */
@Global()
@Module({ providers: [CommandSeam], exports: [CommandSeam] })
export class CommandHandlingModule {}
