import { Module } from '@nestjs/common';
import { RegisterCustomerHandler } from './register-customer.command.js';
import { CustomersController } from './customers.controller.js';

/** Customer organisations and their contacts (personal data, shown by role). */
@Module({
  controllers: [CustomersController],
  providers: [RegisterCustomerHandler],
})
export class CustomersModule {}
