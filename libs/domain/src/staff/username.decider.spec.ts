import { AlreadyExistsError } from '../shared/already-exists.error.js';
import { DeciderSpecification } from '../testing/decider-specification.js';
import { usernameDecider, usernameStream, type UsernameReserved } from './username.decider.js';

const given = DeciderSpecification.for(usernameDecider);
const reserved = (username: string, staffId: string): UsernameReserved => ({
  type: 'UsernameReserved',
  data: { username, staffId },
});
const reserve = (username: string, staffId: string) =>
  ({ type: 'ReserveUsername', data: { username, staffId } }) as const;

describe('ReserveUsername', () => {
  it('reserves a free name for the staff id', () => {
    given([])
      .when(reserve('li.na', 's-1'))
      .then([reserved('li.na', 's-1')]);
  });

  it('is already satisfied when the same staff id asks again (a retried registration)', () => {
    given([reserved('li.na', 's-1')])
      .when(reserve('li.na', 's-1'))
      .thenNothing();
  });

  it('refuses a name that belongs to someone else', () => {
    given([reserved('li.na', 's-1')])
      .when(reserve('li.na', 's-2'))
      .thenThrows(AlreadyExistsError, (error) => expect(error.id).toBe('li.na'));
  });

  it('keeps one stream per name whatever its case', () => {
    expect(usernameStream('Li.Na')).toBe(usernameStream('li.na'));
  });
});
