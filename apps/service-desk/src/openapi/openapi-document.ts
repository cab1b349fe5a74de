import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

/** The OpenAPI description of the service, scanned from its controllers and DTOs. */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Service ledger: service desk')
    .setDescription(
      'After-sales service tickets and SLA workflow. REST under /api; errors are RFC 9457 problem+json.',
    )
    .setVersion('0.1')
    .build();
  return SwaggerModule.createDocument(app, config);
}
