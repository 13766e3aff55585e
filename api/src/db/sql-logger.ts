import { Logger as TypeOrmLogger } from 'typeorm';
import { Logger } from '../shared/logger';
import { currentStats } from '../request/request-stats';

/**
 * Counts every statement against the current request (the tests and the benchmark read the count) and logs
 * failures without their parameters: parameters can hold personal data.
 */
export class SqlLogger implements TypeOrmLogger {
  constructor(private readonly logger: Logger) {}

  logQuery(): void {
    const stats = currentStats();
    if (stats) stats.sqlStatements++;
  }

  logQueryError(error: string | Error): void {
    const stats = currentStats();
    if (stats) stats.sqlStatements++;
    const pgError = error as Error & { code?: string; constraint?: string };
    this.logger.warn('sql.error', { requestId: stats?.requestId, code: pgError.code, constraint: pgError.constraint });
  }

  logQuerySlow(time: number): void {
    // the request is known here only while statements are counted (async context, EXPOSE_SQL_STATEMENTS)
    this.logger.warn('sql.slow', { requestId: currentStats()?.requestId, ms: time });
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.logger.info('migration', { message });
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    // TypeORM's own notices (not query text, which may hold parameters)
    if (level === 'warn') this.logger.warn('typeorm.warning', { message: String(message).slice(0, 200) });
  }
}
