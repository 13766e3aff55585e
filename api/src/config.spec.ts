import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ConfigError, ENV_VARIABLES, loadConfig, REPO_ROOT } from './config';

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

  it('production is never in demo mode, on the embedded database too, and takes its first admin from ADMIN_USERNAME', () => {
    const admin = { ADMIN_USERNAME: 'rootadmin', ADMIN_PASSWORD: 'Prod-Secret-Pass-2026' };
    expect(loadConfig({ NODE_ENV: 'production', ...admin })).toMatchObject({ databaseUrl: null, demoMode: false, bootstrapAdmin: { username: 'rootadmin' } });
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/wuye' }).demoMode).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development' }).demoMode).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'postgres://db/wuye', SEED_DEMO: '1' }).demoMode).toBe(true);
  });

  it.each([
    [{ NODE_ENV: 'production', SEED_DEMO: '1' }, /SEED_DEMO must not be set with NODE_ENV=production/],
    [{ NODE_ENV: 'production', SEED_DEMO: 'true', DATABASE_URL: 'postgres://db/wuye' }, /SEED_DEMO must not be set with NODE_ENV=production/],
    [{ PORT: 'abc' }, /PORT must be a whole number/],
    [{ PORT: '70000' }, /PORT must be a whole number from 0 to 65535/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL/],
    // read by new URL() as the database code reads it: what it throws on is refused here, not at the first connection
    [{ DATABASE_URL: 'postgres://wuye:pw@[fe80::1%25lo]/wuye' }, /DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL/],
    [{ DATABASE_URL: 'postgres://wuye:pw@db:99999/wuye' }, /DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL/],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://[fe80::1%25lo]:4318' }, /OTEL_EXPORTER_OTLP_ENDPOINT must be an http:\/\/ or https:\/\/ URL/],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' }, /OTEL_EXPORTER_OTLP_ENDPOINT must be an http:\/\/ or https:\/\/ URL/],
    [{ ADMIN_USERNAME: 'root' }, /ADMIN_USERNAME and ADMIN_PASSWORD go together/],
    [{ ADMIN_USERNAME: 'root', ADMIN_PASSWORD: 'short' }, /at least 12 characters/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ CHANGE_FEED_RETENTION_DAYS: '7' }, /CHANGE_FEED_RETENTION_DAYS must be a whole number from 30/],
    [{ METRICS_TOKEN: 'short' }, /METRICS_TOKEN must be at least 16 characters/],
    [{ DATABASE_APP_URL: 'postgres://wuye_app:pw@db/wuye' }, /DATABASE_APP_URL goes with DATABASE_URL/],
    [{ DATABASE_URL: 'postgres://wuye:pw@db/wuye', DATABASE_APP_URL: 'mysql://wuye_app:pw@db/wuye' }, /DATABASE_APP_URL must be a postgres:\/\/ or postgresql:\/\/ URL/],
    [{ DATABASE_URL: 'postgres://wuye:pw@db/wuye', DATABASE_APP_URL: 'postgres://wuye_app:pw@[fe80::1%25lo]/wuye' }, /DATABASE_APP_URL must be a postgres:\/\/ or postgresql:\/\/ URL/],
    [{ DATABASE_URL: 'postgres://wuye:pw@db/wuye', DATABASE_APP_URL: 'postgres://db/wuye' }, /DATABASE_APP_URL must name the role/],
    [{ DATABASE_URL: 'postgres://wuye:pw@db/wuye', DATABASE_APP_URL: 'postgres://wuye:other@db/wuye' }, /DATABASE_APP_URL must name a role other than DATABASE_URL's/],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('takes DATABASE_APP_URL beside DATABASE_URL, and never repeats its password in a refusal', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://wuye:pw@db/wuye' }).databaseAppUrl).toBeNull();
    expect(loadConfig({ DATABASE_URL: 'postgres://wuye:pw@db/wuye', DATABASE_APP_URL: 'postgres://wuye_app:s3cret@db/wuye' }).databaseAppUrl).toBe('postgres://wuye_app:s3cret@db/wuye');
    for (const env of [{ DATABASE_APP_URL: 'postgres://wuye_app:s3cret-pw@db/wuye' }, { DATABASE_URL: 'postgres://wuye:x@db/wuye', DATABASE_APP_URL: 'postgres://wuye:s3cret-pw@db/wuye' }]) {
      expect(() => loadConfig(env)).toThrow(ConfigError);
      try {
        loadConfig(env);
      } catch (error) {
        expect((error as Error).message).not.toContain('s3cret-pw');
      }
    }
  });

  it('lists every problem at once', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'y' })).toThrow(/PORT[\s\S]*LOG_LEVEL/);
  });
});

describe('the documented variables', () => {
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');

  it('are exactly the ones loadConfig reads', () => {
    const read = new Set<string>();
    loadConfig(new Proxy({}, { get: (_target, key) => (read.add(String(key)), undefined) }));
    expect([...read].sort()).toEqual(Object.keys(ENV_VARIABLES).sort());
  });

  it.each(Object.keys(ENV_VARIABLES))('%s is in the README', (name) => {
    expect(readme).toContain(`\`${name}\``);
  });

  it('docker-compose.yml sets only known variables, and the app accepts them', () => {
    const compose = parse(fs.readFileSync(path.join(REPO_ROOT, 'docker-compose.yml'), 'utf8'));
    const environment: Record<string, string | number> = compose.services.app.environment;
    for (const name of Object.keys(environment)) expect(Object.keys(ENV_VARIABLES)).toContain(name);
    const resolved = Object.fromEntries(
      Object.entries(environment).map(([k, v]) => [
        k,
        String(v).replace(/\$\{(\w+)(:([-?])([^}]*))?\}/g, (_m, name, _d, kind, fallback) =>
          ({ POSTGRES_PASSWORD: 'pw', APP_DB_PASSWORD: 'apppw' })[name as string] ?? (kind === '-' ? fallback : '')),
      ]),
    );
    // requests log in as a role of their own, not as the owner (docs/architecture.md#two-database-roles)
    expect(loadConfig(resolved)).toMatchObject({
      nodeEnv: 'production', demoMode: false, databaseUrl: 'postgres://wuye:pw@db:5432/wuye', databaseAppUrl: 'postgres://wuye_app:apppw@db:5432/wuye',
    });
  });

  it('the image runs the file the API build writes', () => {
    const dockerfile = fs.readFileSync(path.join(REPO_ROOT, 'api', 'Dockerfile'), 'utf8');
    const packageJson = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    expect(dockerfile).toContain('CMD ["node", "api/dist/api/src/main.js"]');
    expect(packageJson.scripts.start).toContain('api/dist/api/src/main.js');
    for (const [, source] of dockerfile.matchAll(/^COPY (?!--from)(\S+)/gm)) {
      expect(fs.existsSync(path.join(REPO_ROOT, source))).toBe(true);
    }
  });
});
