import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The files of the Swagger UI bundle that the page loads, with their content types. */
export const SWAGGER_UI_ASSETS: Readonly<Record<string, string>> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'application/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'application/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
  'favicon-16x16.png': 'image/png',
};

/** swagger-ui-dist as @nestjs/swagger depends on it (the very version its own UI would serve). */
function swaggerUiDistFolder(): string {
  const fromHere = createRequire(import.meta.url);
  const fromNestSwagger = createRequire(fromHere.resolve('@nestjs/swagger'));
  return dirname(fromNestSwagger.resolve('swagger-ui-dist/package.json'));
}

/** Reads each asset once, on first use. */
export function swaggerUiAssetReader(): (name: string) => Promise<Buffer> {
  const folder = swaggerUiDistFolder();
  const cache = new Map<string, Promise<Buffer>>();
  return (name) => {
    if (!(name in SWAGGER_UI_ASSETS)) throw new Error(`${name} is not a Swagger UI asset`);
    let content = cache.get(name);
    if (!content) {
      content = readFile(join(folder, name));
      cache.set(name, content);
    }
    return content;
  };
}
