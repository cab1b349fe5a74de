import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext } from '#command-handling';
import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator.js';
import { RequestCommand } from '../command-handling/request-command-context.js';
import { WriteResultDto } from '../staff/write-result.dto.js';
import { uuidParam } from '../tickets/ticket-id.pipe.js';
import { PublishCaseCommand } from './publish-case.command.js';
import { ReviseKbEntryCommand } from './revise-kb-entry.command.js';
import { KbEntryDetailDto, KbEntryDto, KbPageDto } from './kb-entry.dto.js';
import { KbReader } from './kb-reader.js';
import { KB_READERS } from './kb-roles.js';
import { PublishCaseDto } from './publish-case.dto.js';
import { ReviseCaseDto } from './revise-case.dto.js';
import { RevisePlaybookDto } from './revise-playbook.dto.js';
import { SearchKbDto } from './search-kb.dto.js';

@ApiTags('knowledge base')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'The role may not do this (problem+json)' })
@Controller('kb')
export class KnowledgeController {
  constructor(
    private readonly commands: CommandBus,
    private readonly reader: KbReader,
  ) {}

  @Get()
  @Roles(...KB_READERS)
  @ApiOperation({
    summary: 'Search cases and emergency playbooks (知识库)',
    description:
      'Every word of `q` must occur: Chinese as any two-character word of the text (a symptom ' +
      '"结算接口超时无法提交" is found by 超时, 接口, 结算接口 …), other words case-insensitively ' +
      'by their beginning. Without `q`: everything. Most recently changed first. Staff only.',
  })
  @ApiOkResponse({ type: KbPageDto })
  @ApiBadRequestResponse({ description: 'A parameter is wrong; the problem names it' })
  search(@Query() query: SearchKbDto): Promise<KbPageDto> {
    return this.reader.search(query);
  }

  @Post('cases')
  @Roles('engineer', 'manager')
  @ApiOperation({
    summary: 'Publish a resolved ticket as a case',
    description:
      "Symptom, cause, fix and category default to the ticket's description and latest resolution; " +
      'the product and version are the ticket’s. One case per ticket. 409 when the ticket is not ' +
      'resolved (or confirmed, or closed) or already published; 404 when there is no such ticket.',
  })
  @ApiCreatedResponse({ type: WriteResultDto })
  @ApiBadRequestResponse({ description: 'A field is wrong; the problem names it' })
  @ApiNotFoundResponse({ description: 'No such ticket' })
  @ApiConflictResponse({ description: 'The ticket is not resolved, or its case exists' })
  async publish(
    @Body() body: PublishCaseDto,
    @RequestCommand() context: CommandContext,
  ): Promise<WriteResultDto> {
    return this.commands.execute(new PublishCaseCommand(body, context));
  }

  @Get('cases/:id')
  @Roles(...KB_READERS)
  @ApiOperation({ summary: 'One case with its current text and every earlier one (history)' })
  @ApiOkResponse({ type: KbEntryDetailDto })
  @ApiNotFoundResponse({ description: 'No such case' })
  getCase(@Param('id', uuidParam('id')) id: string): Promise<KbEntryDetailDto> {
    return this.reader.entry('case', id);
  }

  @Put('cases/:id')
  @Roles('engineer', 'manager')
  @ApiOperation({
    summary: 'Revise a case: the fields given replace the current ones, with a reason',
    description: 'The earlier text stays in the history. The same text again records nothing.',
  })
  @ApiOkResponse({ type: WriteResultDto })
  @ApiBadRequestResponse({ description: 'A field is wrong; the problem names it' })
  @ApiNotFoundResponse({ description: 'No such case' })
  async reviseCase(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ReviseCaseDto,
    @RequestCommand() context: CommandContext,
  ): Promise<WriteResultDto> {
    return this.commands.execute(new ReviseKbEntryCommand({ kind: 'case', caseId: id, body }, context));
  }

  @Get('playbooks')
  @Roles(...KB_READERS)
  @ApiOperation({
    summary:
      'The emergency playbooks (应急策略): software damage, software fault, operator error, configuration loss, intrusion',
  })
  @ApiOkResponse({ type: [KbEntryDto] })
  listPlaybooks(): Promise<KbEntryDto[]> {
    return this.reader.playbooks();
  }

  @Get('playbooks/:id')
  @Roles(...KB_READERS)
  @ApiOperation({ summary: 'One playbook with its current text and every earlier one (history)' })
  @ApiOkResponse({ type: KbEntryDetailDto })
  @ApiNotFoundResponse({ description: 'No such playbook' })
  getPlaybook(@Param('id') id: string): Promise<KbEntryDetailDto> {
    return this.reader.entry('playbook', id);
  }

  @Put('playbooks/:id')
  @Roles('manager')
  @ApiOperation({
    summary: 'Revise a playbook: the fields given replace the current ones, with a reason',
    description: 'The earlier text stays in the history. The same text again records nothing.',
  })
  @ApiOkResponse({ type: WriteResultDto })
  @ApiBadRequestResponse({ description: 'A field is wrong; the problem names it' })
  @ApiNotFoundResponse({ description: 'No such playbook' })
  async revisePlaybook(
    @Param('id') id: string,
    @Body() body: RevisePlaybookDto,
    @RequestCommand() context: CommandContext,
  ): Promise<WriteResultDto> {
    return this.commands.execute(
      new ReviseKbEntryCommand({ kind: 'playbook', playbookId: id, body }, context),
    );
  }
}
