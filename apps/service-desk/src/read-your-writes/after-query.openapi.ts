import { Injectable, type OnModuleInit, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { ApiQuery, ApiResponse } from '@nestjs/swagger';

const AFTER = {
  name: 'after',
  required: false,
  type: String,
  pattern: '^\\d{1,19}$',
  description:
    'Read your own write: the `position` a write answered. The request waits (bounded) until the ' +
    'read models have reached it; 503 if they do not in time.',
};

/** Documents `?after` (and its 503) on every GET route, since the interceptor serves them all. */
@Injectable()
export class AfterQueryOpenApi implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getControllers()) {
      const prototype = (wrapper.metatype as { prototype?: object } | null)?.prototype;
      if (!prototype) continue;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
        const handler = descriptor?.value as object | undefined;
        if (!descriptor || !handler || Reflect.getMetadata(METHOD_METADATA, handler) !== RequestMethod.GET)
          continue;
        if (documentsAfter(handler)) continue;
        ApiQuery(AFTER)(prototype, name, descriptor);
        ApiResponse({
          status: 503,
          description: 'The read models did not reach `after` in time (problem+json; retry)',
        })(prototype, name, descriptor);
      }
    }
  }
}

function documentsAfter(handler: object): boolean {
  const parameters = (Reflect.getMetadata('swagger/apiParameters', handler) ?? []) as { name?: string }[];
  return parameters.some((p) => p.name === 'after');
}
