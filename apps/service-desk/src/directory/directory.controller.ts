import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ArchiveDb } from '#projections';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { ReadModels } from '../projections/projection-host.provider.js';
import { StaffIndex } from '../staff/staff-index.js';
import { ContractListDto, CustomerListDto, PersonListDto } from './directory-entry.dto.js';

const EVERYONE = ['admin', 'manager', 'agent', 'engineer', 'headquarters', 'auditor', 'customer'] as const;

/**
 * Who the desk serves: the customers and their contracts, for pickers (the fault form, the archive),
 * read from the archive read model; and the people, to name who did what. A customer contact sees
 * its own organisation only.
 */
@ApiTags('directory')
@ApiBearerAuth()
@Controller()
export class DirectoryController {
  constructor(
    private readonly readModels: ReadModels,
    private readonly staff: StaffIndex,
  ) {}

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

  @Get('people')
  @Roles(...EVERYONE)
  @ApiOperation({
    summary:
      "Who is who: every user's display name, role and whether active (no username, no contact details); a customer contact: the vendor's staff and its own organisation's contacts",
  })
  @ApiOkResponse({ type: PersonListDto })
  async people(@CurrentUser() user: AuthenticatedUser): Promise<PersonListDto> {
    const visible = (await this.staff.all()).filter(
      (u) => user.role !== 'customer' || u.roles[0] !== 'customer' || u.customerId === user.customerId,
    );
    const items = visible.map((u) => ({
      id: u.staffId,
      name: u.name,
      role: u.roles[0],
      active: u.status === 'active',
    }));
    return { items: items.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || (a.id < b.id ? -1 : 1)) };
  }
}
