import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '#domain';
import { ProductDto } from '../contracts/register-contract.dto.js';

export class CustomerEntryDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'Example County Hospital (fictional)' }) name: string;
}

export class CustomerListDto {
  @ApiProperty({ type: [CustomerEntryDto], description: 'By name' }) items: CustomerEntryDto[];
}

export class ContractEntryDto {
  @ApiProperty() id: string;
  @ApiProperty() customerId: string;
  @ApiProperty() customerName: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: ProductDto }) product: ProductDto;
}

export class ContractListDto {
  @ApiProperty({ type: [ContractEntryDto], description: 'By customer name, then contract name' })
  items: ContractEntryDto[];
}

export class PersonEntryDto {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'The display name', example: 'Engineer One (fictional)' }) name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ description: 'False once deactivated (still named in the history)' }) active: boolean;
}

export class PersonListDto {
  @ApiProperty({ type: [PersonEntryDto], description: 'By name' }) items: PersonEntryDto[];
}
