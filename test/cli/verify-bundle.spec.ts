import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RecordedEvent } from '#event-store';
import { lateResponseStory, startCliDesk } from './cli-desk.fixture.js';
import { runCli } from './run-cli.js';
import { rehashAsForger } from '../../libs/dispute-bundle/src/testing/rehash-as-forger.js';

/** What a bundle file holds, as far as these tests read it. */
interface SavedBundle {
  events: (RecordedEvent & { data: Record<string, unknown> })[];
  integrity: { headHash: string };
  sla: { result: { response: { state: string; overrunMs?: number } } };
}

describe('npm run cli -- verify-bundle <file>, on a bundle downloaded from the service', () => {
  let dir: string;
  let original: string;
  const NOTE = 'logged in remotely at 02:55 (fictional)';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'verify-bundle-'));
    const desk = await startCliDesk(join(dir, 'data'));
    try {
      const { id, position } = await lateResponseStory(desk, new Date(Date.now() - 8 * 3600_000), NOTE);
      const response = await desk.manager.get(`/api/tickets/${id}/dispute-bundle?after=${position}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="dispute-bundle-SV-\d{6}-\d{4}\.json"$/,
      );
      original = JSON.stringify(response.body, null, 2);
    } finally {
      // The service is gone before any check: verify-bundle works offline.
      await desk.close();
    }
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Writes `text` to a new file and runs verify-bundle on it with no configuration at all. */
  const verify = async (name: string, text: string, ...extra: string[]) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return runCli(['verify-bundle', file, ...extra]);
  };
  const parsed = () => JSON.parse(original) as SavedBundle;

  /** Every "authentic" the verifier prints is in "NOT PROVEN AUTHENTIC". */
  const claimsAuthentic = (stdout: string) => /(?<!not proven )authentic/i.test(stdout);

  it('is internally consistent but not proven authentic as downloaded, without --head (exit 4)', async () => {
    const bundle = parsed();
    expect(bundle.events.map((e) => e.type)).toEqual([
      'FaultReported',
      'Responded',
      'DispatchedOnSite',
      'ArrivedOnSite',
      'Resolved',
    ]);
    expect(bundle.sla.result.response).toMatchObject({ state: 'breached', overrunMs: 15 * 60_000 });
    const run = await verify('as-downloaded.json', original);
    expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toMatchObject({ code: 4, stderr: '' });
    expect(run.stdout).toContain('hash chain: 5 of 5 events recomputed and linked');
    expect(run.stdout).toContain(`head hash: ${bundle.integrity.headHash} (revision 4)`);
    expect(run.stdout).toContain(
      'SLA policy: version 1, as recorded in FaultReported; set in the contract stream',
    );
    expect(run.stdout).toMatch(
      /SLA at .*: response breached, onSite met, resolution met; matches the bundle/,
    );
    expect(run.stdout).toContain('THE BUNDLE IS INTERNALLY CONSISTENT, NOT PROVEN AUTHENTIC');
    expect(run.stdout).not.toContain('THE BUNDLE HOLDS');
    expect(claimsAuthentic(run.stdout)).toBe(false);
  });

  it('holds and is anchored (exit 0) only with --head the real head hash, and not with another', async () => {
    const head = parsed().integrity.headHash;
    const anchored = await verify('with-head.json', original, '--head', head);
    expect(anchored.code).toBe(0);
    expect(anchored.stdout).toContain('THE BUNDLE HOLDS AND IS ANCHORED');
    const other = await verify('with-other-head.json', original, '--head', 'a'.repeat(64));
    expect(other.code).toBe(1);
    expect(other.stdout).toContain(
      `the head hash is ${head}, not the ${'a'.repeat(64)} that the checker was given`,
    );
  });

  it('does not call a bundle with one event rewritten and every hash recomputed authentic (exit 4; exit 1 with the real --head)', async () => {
    const bundle = parsed();
    const realHead = bundle.integrity.headHash;
    const responded = bundle.events[1];
    expect(responded.type).toBe('Responded');
    responded.data = { ...responded.data, note: 'responded at once (forged)' };
    rehashAsForger(bundle);
    const forged = JSON.stringify(bundle, null, 2);
    const run = await verify('forged.json', forged);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 4, stderr: '' });
    expect(run.stdout).toContain('NOT PROVEN AUTHENTIC');
    expect(claimsAuthentic(run.stdout)).toBe(false);
    const checked = await verify('forged-with-head.json', forged, '--head', realHead);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain('THE BUNDLE DOES NOT HOLD.');
  });

  it('does not hold when one byte of one event is changed in the file (exit 1), naming that event', async () => {
    const responded = parsed().events[1];
    expect(original.split(NOTE)).toHaveLength(2);
    const tampered = original.replace(NOTE, NOTE.replace('02:55', '02:25'));
    expect(Buffer.byteLength(tampered)).toBe(Buffer.byteLength(original));
    const run = await verify('one-byte.json', tampered);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('THE BUNDLE DOES NOT HOLD.');
    expect(run.stdout).toContain(
      `first event that does not hold: #2, revision 1, Responded, id ${responded.id}`,
    );
    expect(run.stdout).toContain(
      `event #2 (revision 1, Responded, id ${responded.id}) does not hold: its content does not give its hash`,
    );
    expect(run.stdout).toContain('hash chain: 1 of 5 events recomputed and linked');
  });

  it('does not hold when a contract event behind the policy is changed, naming that contract event', async () => {
    const bundle = JSON.parse(original) as SavedBundle & {
      policy: { source: { events: { id: string; type: string; data: { warrantyMonths: number } }[] } };
    };
    const registered = bundle.policy.source.events[0];
    expect(registered.type).toBe('ContractRegistered');
    expect(registered.data.warrantyMonths).toBe(12);
    registered.data.warrantyMonths = 13;
    const run = await verify('contract.json', JSON.stringify(bundle, null, 2));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('hash chain: 5 of 5 events recomputed and linked');
    expect(run.stdout).toContain('its source in the contract stream DOES NOT hold');
    expect(run.stdout).toContain(
      `first contract event that does not hold: #1, revision 0, ContractRegistered, id ${registered.id}`,
    );
  });

  it('does not hold when the SLA result is changed, naming the mismatch', async () => {
    const bundle = parsed();
    bundle.sla.result.response.state = 'met';
    const run = await verify('sla.json', JSON.stringify(bundle, null, 2));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('DOES NOT match the bundle');
    expect(run.stdout).toMatch(
      /sla\.result does not match the SLA recomputed from the events at .*: at response\.state the bundle says "met", slaClock gives "breached"/,
    );
  });

  it('does not hold when the last event is cut off, saying the head does not match', async () => {
    const bundle = parsed();
    const resolved = bundle.events.pop()!;
    expect(resolved.type).toBe('Resolved');
    const run = await verify('truncated.json', JSON.stringify(bundle, null, 2));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('hash chain: 4 of 4 events recomputed and linked');
    expect(run.stdout).toContain(
      `the head does not match: integrity.headHash ${bundle.integrity.headHash} is not the last event's hash`,
    );
    expect(run.stdout).toContain('integrity.eventCount says 5 events, the bundle holds 4');
  });

  it('does not hold for a file that is not a bundle (exit 1), and cannot read a missing one (exit 2)', async () => {
    const notJson = await verify('not-json.json', original.slice(0, 200));
    expect(notJson.code).toBe(1);
    expect(notJson.stdout).toContain('not a dispute bundle: the file is not JSON');
    const other = await verify('other.json', '{"hello":"world"}');
    expect(other.code).toBe(1);
    expect(other.stdout).toContain('not a dispute bundle: "format" is undefined');
    const missing = await runCli(['verify-bundle', join(dir, 'no-such-file.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`Cannot read ${join(dir, 'no-such-file.json')}: no such file`);
  });

  it('refuses bad arguments with a usage error (exit 2)', async () => {
    const noFile = await runCli(['verify-bundle']);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain("missing required argument 'file'");
    const badHead = await runCli(['verify-bundle', join(dir, 'as-downloaded.json'), '--head', 'xyz']);
    expect(badHead.code).toBe(2);
    expect(badHead.stderr).toContain('--head xyz is not a SHA-256 hash (64 hex digits)');
    const extra = await runCli(['verify-bundle', 'a.json', 'b.json']);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain("too many arguments for 'verify-bundle'");
  });

  it('reads the file it was given, byte for byte as saved', () => {
    expect(readFileSync(join(dir, 'as-downloaded.json'), 'utf8')).toBe(original);
  });
});
