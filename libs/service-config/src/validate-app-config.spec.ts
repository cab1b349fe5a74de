import { resolve } from 'node:path';
import { ConfigValidationError } from './config-validation.error.js';
import { validateAppConfig } from './validate-app-config.js';

describe('validateAppConfig', () => {
  it('gives the defaults for an empty environment', () => {
    expect({ ...validateAppConfig({}) }).toEqual({
      PORT: 3000,
      DATA_DIR: resolve('./data'),
      LOG_LEVEL: 'log',
    });
  });

  it('treats an empty value as unset', () => {
    expect(validateAppConfig({ PORT: '', ADMIN_PASSWORD: '' })).toMatchObject({
      PORT: 3000,
      ADMIN_PASSWORD: undefined,
    });
  });

  it('reads the variables it knows and ignores the others', () => {
    const config = validateAppConfig({
      PORT: '0',
      DATA_DIR: '/var/lib/ledger',
      LOG_LEVEL: 'debug',
      ADMIN_PASSWORD: 'correct horse',
      EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false',
      HOME: '/root',
    });
    expect({ ...config }).toEqual({
      PORT: 0,
      DATA_DIR: '/var/lib/ledger',
      LOG_LEVEL: 'debug',
      ADMIN_PASSWORD: 'correct horse',
      EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false',
    });
  });

  it.each(['abc', '80.5', '-1', '65536', '0x50', ' 80'])('refuses PORT=%j', (port) => {
    expect(() => validateAppConfig({ PORT: port })).toThrow(
      `PORT must be an integer from 0 to 65535 (got ${JSON.stringify(port)})`,
    );
  });

  it('reports every bad variable in one error, without the values of secrets', () => {
    let error: unknown;
    try {
      validateAppConfig({
        PORT: 'x',
        LOG_LEVEL: 'loud',
        ADMIN_PASSWORD: 'short',
        EVENTSTORE_CONNECTION_STRING: 'tcp://u:pw@h',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigValidationError);
    const { problems, message } = error as ConfigValidationError;
    expect(problems).toHaveLength(4);
    expect(message).not.toMatch(/short|pw@h/);
  });
});
