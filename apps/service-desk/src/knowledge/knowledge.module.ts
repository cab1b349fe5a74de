import { Module } from '@nestjs/common';
import { KbReader } from './kb-reader.js';
import { KnowledgeController } from './knowledge.controller.js';
import { PlaybookSeed } from './playbook-seed.js';
import { PublishCaseHandler } from './publish-case.command.js';
import { ReviseKbEntryHandler } from './revise-kb-entry.command.js';
import { WritePlaybookHandler } from './write-playbook.command.js';

/**
 * The knowledge base (知识库): cases published from resolved tickets, the five emergency
 * playbooks (seeded at first start, revised by managers), and search over both (GET /api/kb).
 */
@Module({
  controllers: [KnowledgeController],
  providers: [PublishCaseHandler, ReviseKbEntryHandler, WritePlaybookHandler, PlaybookSeed, KbReader],
})
export class KnowledgeModule {}
