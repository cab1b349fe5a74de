import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ArchiveDb } from '#projections';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { ReadModels } from '../projections/projection-host.provider.js';
import { ContractListDto, CustomerListDto } from './directory-entry.dto.js';

const EVERYONE = ['admin', 'manager', 'agent', 'engineer', 'headquarters', 'auditor', 'customer'] as const;

/**
 * Who the desk serves: the customers and their contracts, for pickers (the fault form, the archive).
 * Read from the archive read model; a customer contact sees its own organisation only.
 */
@ApiTags('directory')
@ApiBearerAuth()
@Controller()
export class DirectoryController {
  constructor(private readonly readModels: ReadModels) {}

  private db() {
    return this.readModels.host.db<ArchiveDb>('archive');
  }

  @Get('customers')
  @Roles(...EVERYONE)
  @ApiOperation({ summary: 'The customer organisations (a customer contact: its own only)' })
  @ApiOkResponse({ type: CustomerListDto })
  async customers(@CurrentUser() user: AuthenticatedUser): Promise<CustomerListDto> {
    let query = this.db().selectFrom('archive_customers').select(['customer_id', 'name']);
    if (user.role === 'customer') query = query.where('customer_id', '=', user.customerId ?? '');
    const rows = await query.orderBy('name').orderBy('customer_id').execute();
    return { items: rows.map((r) => ({ id: r.customer_id, name: r.name })) };
  }

  @Get('contracts')
  @Roles(...EVERYONE)
  @ApiOperation({ summary: "The service contracts with their customer's name (a customer contact: its own)" })
  @ApiOkResponse({ type: ContractListDto })
  async contracts(@CurrentUser() user: AuthenticatedUser): Promise<ContractListDto> {
    let query = this.db()
      .selectFrom('archive_contracts')
      .leftJoin('archive_customers', 'archive_customers.customer_id', 'archive_contracts.customer_id')
      .select([
        'archive_contracts.contract_id',
        'archive_contracts.customer_id',
        'archive_contracts.name',
        'archive_contracts.product_name',
        'archive_contracts.product_version',
        'archive_customers.name as customer_name',
      ]);
    if (user.role === 'customer')
      query = query.where('archive_contracts.customer_id', '=', user.customerId ?? '');
    const rows = await query.orderBy('customer_name').orderBy('archive_contracts.name').execute();
    return {
      items: rows.map((r) => ({
        id: r.contract_id,
        customerId: r.customer_id,
        customerName: r.customer_name ?? r.customer_id,
        name: r.name,
        product: { name: r.product_name, version: r.product_version },
      })),
    };
  }
}
