import { resolve } from 'node:path';
import { ConfigValidationError } from './config-validation.error.js';
import { pinoLevelOf } from './log-levels.js';
import { trustProxyOf } from './trust-proxy.js';
import { validateAppConfig } from './validate-app-config.js';

describe('validateAppConfig', () => {
  it('gives the defaults for an empty environment', () => {
    expect({ ...validateAppConfig({}) }).toEqual({
      PORT: 3000,
      DATA_DIR: resolve('./data'),
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'json',
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
      LOG_FORMAT: 'json',
      ADMIN_PASSWORD: 'correct horse',
      EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false',
    });
  });

  it('reads the logging and metrics variables', () => {
    const config = validateAppConfig({
      LOG_LEVEL: 'silent',
      LOG_FORMAT: 'pretty',
      METRICS_TOKEN: 'a-metrics-token.long-enough',
      METRICS_PORT: '9464',
    });
    expect(config).toMatchObject({
      LOG_LEVEL: 'silent',
      LOG_FORMAT: 'pretty',
      METRICS_TOKEN: 'a-metrics-token.long-enough',
      METRICS_PORT: 9464,
    });
  });

  it.each([
    ['log', 'info'],
    ['verbose', 'trace'],
    ['warn', 'warn'],
  ])('takes the old Nest level LOG_LEVEL=%s as pino level %s', (given, level) => {
    expect(pinoLevelOf(validateAppConfig({ LOG_LEVEL: given }).LOG_LEVEL)).toBe(level);
  });

  it('refuses an unknown LOG_FORMAT, a short METRICS_TOKEN (without echoing it) and METRICS_PORT=0', () => {
    expect(() => validateAppConfig({ LOG_FORMAT: 'xml' })).toThrow(
      'LOG_FORMAT must be one of json, pretty (got "xml")',
    );
    expect(() => validateAppConfig({ METRICS_TOKEN: 'short-one' })).toThrow(
      /- METRICS_TOKEN must be at least 16 characters long$/,
    );
    expect(() => validateAppConfig({ METRICS_TOKEN: 'a metrics token with spaces' })).toThrow(
      /- METRICS_TOKEN must be a bearer token: letters, digits and -._~\+\/ only \(no spaces\)$/,
    );
    expect(() => validateAppConfig({ METRICS_PORT: '0' })).toThrow(
      'METRICS_PORT must be an integer from 1 to 65535 (got "0")',
    );
  });

  it('reads the back-dating bound and the SLA watchman switch', () => {
    expect(validateAppConfig({ BACKDATED_MAX_HOURS: '876000', SLA_WATCHMAN: 'off' })).toMatchObject({
      BACKDATED_MAX_HOURS: 876_000,
      SLA_WATCHMAN: 'off',
    });
  });

  it.each(['0', '876001', '1.5', 'week'])('refuses BACKDATED_MAX_HOURS=%j', (hours) => {
    expect(() => validateAppConfig({ BACKDATED_MAX_HOURS: hours })).toThrow(
      `BACKDATED_MAX_HOURS must be an integer from 1 to 876000 (100 years) (got ${JSON.stringify(hours)})`,
    );
  });

  it('refuses an SLA_WATCHMAN other than on or off', () => {
    expect(() => validateAppConfig({ SLA_WATCHMAN: 'no' })).toThrow(
      'SLA_WATCHMAN must be on or off (got "no")',
    );
  });

  it.each(['abc', '80.5', '-1', '65536', '0x50', ' 80'])('refuses PORT=%j', (port) => {
    expect(() => validateAppConfig({ PORT: port })).toThrow(
      `PORT must be an integer from 0 to 65535 (got ${JSON.stringify(port)})`,
    );
  });

  it.each([
    ['true', true],
    ['false', false],
    ['127.0.0.1', '127.0.0.1'],
    ['10.0.0.0/8, 127.0.0.1, ::1', '10.0.0.0/8,127.0.0.1,::1'],
  ])('reads TRUST_PROXY=%j as trustProxy %j', (value, trust) => {
    expect(trustProxyOf(validateAppConfig({ TRUST_PROXY: value }).TRUST_PROXY)).toBe(trust);
    expect(trustProxyOf(validateAppConfig({}).TRUST_PROXY)).toBe(false);
  });

  it.each(['yes', '1', '10.0.0.0/33', '10.0.0.1;x', 'proxy.example', '10.0.0.1,'])(
    'refuses TRUST_PROXY=%j',
    (value) => {
      expect(() => validateAppConfig({ TRUST_PROXY: value })).toThrow(
        'TRUST_PROXY must be true, false, or IP addresses or CIDR ranges separated by commas',
      );
    },
  );

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
