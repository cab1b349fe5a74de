import { Module } from '@nestjs/common';
import { CasePublishing } from './case-publishing.js';
import { KbReader } from './kb-reader.js';
import { KnowledgeController } from './knowledge.controller.js';
import { PlaybookWriting } from './playbook-writing.js';

/**
 * The knowledge base (知识库): cases published from resolved tickets, the five emergency
 * playbooks (seeded at first start, revised by managers), and search over both (GET /api/kb).
 */
@Module({
  controllers: [KnowledgeController],
  providers: [CasePublishing, PlaybookWriting, KbReader],
})
export class KnowledgeModule {}
