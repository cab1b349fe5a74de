import { Module } from '@nestjs/common';
import { CustomerRegistration } from './customer-registration.js';
import { CustomersController } from './customers.controller.js';

/** Customer organisations and their contacts (personal data, shown by role). */
@Module({
  controllers: [CustomersController],
  providers: [CustomerRegistration],
})
export class CustomersModule {}
