import { existsSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { DEMO_BACKDATED_MAX_HOURS } from './demo-client.js';
import { writeOwnerOnlyFile } from '#event-store';
import { bootstrap } from '../../service-desk/src/public.js';
import { seedDemo, type DemoLogin } from './seed-demo.js';

/**
 * `npm run demo`: starts the service in this process on DATA_DIR (default ./data), loads the demo
 * through its API and prints the logins. On a fresh folder the admin password is generated here;
 * on a folder whose admin already exists, give it as ADMIN_PASSWORD. The logins are kept in
 * DATA_DIR/demo-logins.json (readable by the owner only), so a second run prints the same ones.
 */
async function main(): Promise<void> {
  const dataDir = process.env.DATA_DIR ?? './data';
  const loginsFile = join(dataDir, 'demo-logins.json');
  const known: DemoLogin[] = existsSync(loginsFile) ? JSON.parse(readFileSync(loginsFile, 'utf8')) : [];
  const adminPassword =
    process.env.ADMIN_PASSWORD ??
    known.find((l) => l.username === 'admin')?.password ??
    randomBytes(12).toString('base64url');
  const service = await bootstrap({
    // The loader's own service logs warnings only (not a line per request it makes), unless LOG_LEVEL says.
    env: {
      LOG_LEVEL: 'warn',
      // The demo enters a year and a half of history: staff may date entries back that far.
      BACKDATED_MAX_HOURS: DEMO_BACKDATED_MAX_HOURS,
      ...process.env,
      DATA_DIR: dataDir,
      PORT: '0',
      ADMIN_PASSWORD: adminPassword,
    },
  });
  try {
    const result = await seedDemo(service.url, adminPassword, new Date(), known);
    const logins = [{ username: 'admin', password: adminPassword, role: 'admin' }, ...result.logins];
    writeOwnerOnlyFile(loginsFile, JSON.stringify(logins, null, 2));
    console.log(
      `\nDemo loaded: 1 customer, 1 contract, ${result.tickets} tickets, ` +
        `${result.servicePlan.inspections} inspections and ${result.servicePlan.revisits} revisits over the past year, ` +
        `${result.phaseSurveys} phase surveys, ${logins.length} logins (also in ${loginsFile}):`,
    );
    console.table(logins);
    console.log('Start the service with `npm start` and sign in with one of these.');
  } finally {
    await service.close();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(
    /POST \/api\/auth\/login answered 401/.test(message)
      ? `The demo could not sign in as admin: this DATA_DIR already has an admin. Run it with ADMIN_PASSWORD=<that password>, or on a fresh DATA_DIR.`
      : `The demo failed: ${message}`,
  );
  process.exitCode = 1;
});
