import { isIP } from 'node:net';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/** One trusted proxy: an IPv4 or IPv6 address, or a CIDR range of them. */
function isAddressOrRange(item: string): boolean {
  const [address, bits, ...rest] = item.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

/** `true`, `false`, or addresses and CIDR ranges separated by commas (spaces allowed). */
export function IsTrustProxy(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTrustProxy',
      validator: {
        validate: (value) =>
          typeof value === 'string' &&
          (value === 'true' ||
            value === 'false' ||
            value.split(',').every((i) => isAddressOrRange(i.trim()))),
      },
    },
    options,
  );
}

/**
 * TRUST_PROXY as Fastify's `trustProxy` option takes it: true, false (also when unset), or the
 * trusted proxies' addresses and CIDR ranges as one comma-separated string.
 */
export function trustProxyOf(value: string | undefined): boolean | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  return value.replace(/\s+/g, '');
}
