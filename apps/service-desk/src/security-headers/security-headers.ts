import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Two years, subdomains included: what HSTS preload lists ask for. */
export const HSTS = 'max-age=63072000; includeSubDomains';

/**
 * The Content-Security-Policy of every response, the web UI and Swagger UI (/docs) included:
 * scripts, styles, images, fonts and connections from this origin only; no inline or injected
 * script, no plugin, no framing by any page. Styles also allow 'unsafe-inline': Ant Design and
 * Swagger UI insert <style> elements and style attributes at run time (styles only, never scripts).
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * Security headers on every response (@fastify/helmet): the CSP above, X-Content-Type-Options
 * nosniff, Referrer-Policy no-referrer, X-Frame-Options DENY, Cross-Origin-Opener/Resource-Policy
 * same-origin. Strict-Transport-Security only on a request that came over HTTPS: a TLS connection,
 * or, behind a reverse proxy trusted with TRUST_PROXY, X-Forwarded-Proto https. Never on plain
 * HTTP, where a browser would ignore it, and never on a forwarded header nobody vouches for.
 */
export async function addSecurityHeaders(app: NestFastifyApplication): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    strictTransportSecurity: false,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      if (request.protocol === 'https') void reply.header('strict-transport-security', HSTS);
    });
}
