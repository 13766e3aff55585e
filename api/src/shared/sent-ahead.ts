/**
 * A statement text that starts with this is sent at once and answered later, by the pool's client
 * (db/prepared-statements.ts, docs/architecture.md#sent-ahead): its caller gets no rows back, and the next statement
 * on the connection (usually the COMMIT) is written right behind it in pg's pipeline mode, so PostgreSQL runs both
 * without waiting for the client. A write that ends a transaction thus holds what it locks (the audit chain's head)
 * for PostgreSQL's work only, not for a round trip through a busy event loop. An error of the statement sent ahead
 * is the next statement's error (a ROLLBACK's excepted: the transaction is failing already). Only inside a
 * transaction, whose next statement is certain to come, and only for a write whose answer nobody reads: the audit
 * events a write records last (audit/audit.service.ts).
 */
export const SEND_AHEAD = '/* sent ahead */ ';
