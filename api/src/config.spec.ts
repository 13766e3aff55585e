import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('defaults to the embedded database in demo mode on port 4000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, databaseUrl: null, demoMode: true, bootstrapAdmin: null, sessionTtlMinutes: 480 });
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it('with DATABASE_URL is not in demo mode unless SEED_DEMO=1', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/wuye' }).demoMode).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/wuye', SEED_DEMO: '1' }).demoMode).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT must be a whole number/],
    [{ PORT: '70000' }, /PORT must be a whole number from 0 to 65535/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must start with postgres/],
    [{ ADMIN_USERNAME: 'root' }, /ADMIN_USERNAME and ADMIN_PASSWORD go together/],
    [{ ADMIN_USERNAME: 'root', ADMIN_PASSWORD: 'short' }, /at least 12 characters/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('lists every problem at once', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'y' })).toThrow(/PORT[\s\S]*LOG_LEVEL/);
  });
});
