import { ApiProperty } from '@nestjs/swagger';
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
