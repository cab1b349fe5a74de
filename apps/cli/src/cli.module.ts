import { Module } from '@nestjs/common';
import { BackupCommand } from './backup/backup.command.js';
import { RestoreCommand } from './backup/restore.command.js';
import { OperatorStore } from './operator/operator-store.js';
import { RebuildCommand } from './rebuild/rebuild.command.js';
import { VerifyBundleCommand } from './verify-bundle/verify-bundle.command.js';
import { VerifyStoreCommand } from './verify/verify-store.command.js';

/** The operator's commands, in a Nest application context (no HTTP). */
@Module({
  providers: [
    OperatorStore,
    VerifyBundleCommand,
    VerifyStoreCommand,
    RebuildCommand,
    BackupCommand,
    RestoreCommand,
  ],
})
export class CliModule {}
