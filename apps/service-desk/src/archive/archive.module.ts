import { Module } from '@nestjs/common';

/** The service archive: per customer, and the forms of DOMAIN.md per ticket. */
@Module({})
export class ArchiveModule {}
