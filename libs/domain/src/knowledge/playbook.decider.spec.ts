import type { CommandActor } from '../shared/actor.js';
import { ForbiddenError } from '../shared/forbidden.error.js';
import { NotFoundError } from '../shared/not-found.error.js';
import { ValidationError } from '../shared/validation.error.js';
import { DeciderSpecification } from '../testing/decider-specification.js';
import type { PlaybookCommand } from './playbook.commands.js';
import { playbookDecider } from './playbook.decider.js';
import type { PlaybookEvent } from './playbook.events.js';
import { KB_SEED, SEED_PLAYBOOKS } from './seed-playbooks.js';

const given = DeciderSpecification.for(playbookDecider);
const MANAGER: CommandActor = { id: 'mgr-1', role: 'manager' };
const NOW = '2026-11-03T10:00:00+08:00';
const on = (type: PlaybookCommand['type'], data: object, actor: CommandActor = MANAGER): PlaybookCommand =>
  ({ type, data: { playbookId: 'pb-1', ...data }, actor, now: NOW }) as PlaybookCommand;

const write = {
  kind: 'intrusion',
  title: 'Intrusion',
  prevention: 'Patch monthly',
  response: 'Isolate hosts',
};
const written: PlaybookEvent = {
  type: 'PlaybookWritten',
  data: {
    playbookId: 'pb-1',
    kind: 'intrusion',
    title: 'Intrusion',
    prevention: 'Patch monthly',
    response: 'Isolate hosts',
    writtenBy: 'seed',
    writtenAt: '2026-11-03T02:00:00.000Z',
  },
};

describe('WritePlaybook', () => {
  it('is written by the seed actor', () => {
    given([])
      .when(on('WritePlaybook', write, KB_SEED))
      .then([written]);
  });

  it('changes nothing when the playbook exists (the seed runs at every start)', () => {
    given([written])
      .when(on('WritePlaybook', write, KB_SEED))
      .thenNothing();
  });

  it('refuses a kind that is not one of the five', () => {
    given([])
      .when(on('WritePlaybook', { ...write, kind: 'flood' }, KB_SEED))
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('data.kind'));
  });

  it('is not for engineers', () => {
    given([])
      .when(on('WritePlaybook', write, { id: 'eng-1', role: 'engineer' }))
      .thenThrows(ForbiddenError);
  });
});

describe('RevisePlaybook', () => {
  it('records the new text and the reason', () => {
    given([written])
      .when(on('RevisePlaybook', { response: 'Isolate hosts, call the vendor', reason: 'drill finding' }))
      .then([
        {
          type: 'PlaybookRevised',
          data: {
            playbookId: 'pb-1',
            title: 'Intrusion',
            prevention: 'Patch monthly',
            response: 'Isolate hosts, call the vendor',
            reason: 'drill finding',
            revisedBy: 'mgr-1',
            revisedAt: '2026-11-03T02:00:00.000Z',
          },
        },
      ]);
  });

  it('is the manager’s alone', () => {
    given([written])
      .when(on('RevisePlaybook', { response: 'x', reason: 'y' }, KB_SEED))
      .thenThrows(ForbiddenError);
  });

  it('refuses a playbook that was never written', () => {
    given([])
      .when(on('RevisePlaybook', { response: 'x', reason: 'y' }))
      .thenThrows(NotFoundError);
  });
});

describe('the seed playbooks', () => {
  it('are the five kinds of DOMAIN.md, one each', () => {
    expect(SEED_PLAYBOOKS.map((p) => p.kind)).toEqual([
      'software_damage',
      'software_fault',
      'operator_error',
      'configuration_loss',
      'intrusion',
    ]);
  });

  it('restore a damaged software within 24 hours', () => {
    expect(SEED_PLAYBOOKS[0].response).toContain('24');
  });
});
