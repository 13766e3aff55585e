import { Request, Response, Router } from 'express';
import { Policies, Policy, refusal } from '../auth/policies';
import { IMPORT_COLUMNS, ImportKindName } from '../imports/columns';
import { templateSheet } from '../imports/templates';
import type { RequestContext } from '../request/context';
import { AppError, ErrorCode, fail, httpStatusFor, isAppError } from '../shared/errors';
import { PRIVATE_NO_STORE } from '../http/security-headers';
import { jsonTextProblem } from '../http/json-body';
import { toId } from '../shared/ids';
import type { Logger } from '../shared/logger';
import { SHEET_CONTENT_TYPES, sheetFile, SheetFormat } from '../shared/sheets';
import { EXPORT_RESOURCES, exportSheet, RunQuery } from './exports';
import { filingReceipt, ReceiptKind, reviewForm, tallySheet } from './printed';
import { noticePdf, voteDocument, VoteDocumentKind } from './vote-documents';
import { CallerShare } from '../shared/caller-share';
import { committeeAccountService } from '../committee-accounts/committee-account.service';
import { accountStatementType } from '../committee-accounts/committee-account.resolver';
import { bookStatementPdf, fundStatementPdf } from '../public-statements/statement-pdf';
import { publicFundStatementType, publicYearStatementType } from '../public-statements/public-statements.resolver';
import { repairFundService } from '../repair-fund/repair-fund.service';

/**
 * GET /documents/… with the Bearer token (docs/architecture.md#documents): printed forms (PDF), vote records
 * (JSON), list exports and import templates (.xlsx or CSV). Each is read under the rules of what it shows;
 * errors in the GraphQL error shape, with their HTTP status. Personal data: never kept by a shared cache.
 */
const VOTE_NAMES: Record<VoteDocumentKind, string> = { elections: '选举结果公告', resolutions: '表决结果公告' };
const RECEIPT_KINDS: readonly string[] = ['firms', 'projects', 'committee-filings'];
const TEMPLATE_KINDS = Object.keys(IMPORT_COLUMNS) as ImportKindName[];
/** What an export reads from its address: anything else would be left unread. */
const EXPORT_PARAMETERS: readonly string[] = ['filter', 'lang'];

type Handler = (ctx: RequestContext, req: Request, res: Response) => Promise<void>;

/** A caller's documents in progress at once (shared/caller-share.ts): an election's three papers side by side, not a burst. */
const DOCUMENTS_PER_CALLER = 4;

function formatOf(extension: string): SheetFormat {
  if (extension !== 'csv' && extension !== 'xlsx') throw fail.notFound('Document', extension);
  return extension;
}

function languageOf(req: Request): 'zh' | 'en' {
  return req.query.lang === 'en' ? 'en' : 'zh';
}

function admit(ctx: RequestContext, policy: Policy): void {
  const refused = refusal(policy, ctx.principal, 'documents');
  if (refused) throw refused;
}

/** A year in a path; anything else finds nothing. */
function yearOf(text: string): number {
  if (!/^\d{4}$/.test(text)) throw fail.notFound('Document', text);
  return Number(text);
}

/** A statement published to the owners: the same for everyone, so a shared cache may keep it a while. */
function sendPublic(res: Response, name: string, pdf: Buffer): void {
  res.setHeader('Cache-Control', 'public, max-age=300');
  res.attachment(name).type('application/pdf').send(pdf);
}

function send(res: Response, name: string, type: string, body: Buffer | string): void {
  res.setHeader('Cache-Control', PRIVATE_NO_STORE);
  res.attachment(name).type(type).send(body);
}

export function documentsRouter(
  contextFor: (req: Request, res: Response) => Promise<RequestContext>,
  log: Logger,
  runQuery: RunQuery,
  /** counts a request without an account against its address (http/address-limit.ts) */
  countAnonymous: (req: Request) => Promise<void>,
): Router {
  const router = Router();
  const share = new CallerShare(DOCUMENTS_PER_CALLER);
  const route = (path: string, handler: Handler) =>
    router.get(path, async (req, res) => {
      let giveBack = () => {};
      try {
        const ctx = await contextFor(req, res);
        if (!ctx.principal) await countAnonymous(req);
        giveBack = share.enter(ctx.principal ? `${ctx.principal.kind}:${ctx.principal.id}` : `ip:${req.ip}`);
        await handler(ctx, req, res);
      } catch (error) {
        const appError: AppError = isAppError(error) ? error : new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
        if (!isAppError(error)) log.error('documents.error', { name: (error as Error).name });
        const { http: _http, ...extensions } = appError.extensions as Record<string, unknown>;
        if (typeof extensions.retryAfterSeconds === 'number') res.setHeader('Retry-After', String(extensions.retryAfterSeconds));
        res.status(httpStatusFor(appError.code)).json({ errors: [{ message: appError.message, extensions }] });
      } finally {
        giveBack();
      }
    });

  // a committee's published quarter (业账社管): printable by anyone, as publishedAccountStatement is readable
  route('/documents/account-statements/:id/statement.pdf', async (ctx, req, res) => {
    const { statement, estateName } = await committeeAccountService.publishedStatement(ctx, toId(String(req.params.id)));
    const printable = accountStatementType(statement, estateName);
    sendPublic(res, `公共收益收支公示-${printable.year}Q${printable.quarter}-${req.params.id}.pdf`, await bookStatementPdf(printable));
  });

  // a book's year, once every quarter of it is published: /documents/account-years/:accountId/:year/statement.pdf
  route('/documents/account-years/:id/:year/statement.pdf', async (ctx, req, res) => {
    const printable = publicYearStatementType(await committeeAccountService.publishedYear(ctx, toId(String(req.params.id)), yearOf(String(req.params.year))));
    sendPublic(res, `公共收益收支公示-${printable.year}年度-${req.params.id}.pdf`, await bookStatementPdf({ ...printable, quarter: null }));
  });

  // a small-repair fund's public quarter (2026Q3) or year (2026): /documents/repair-funds/:fundId/:period/statement.pdf
  route('/documents/repair-funds/:id/:period/statement.pdf', async (ctx, req, res) => {
    const match = /^(\d{4})(?:Q([1-4]))?$/.exec(String(req.params.period));
    if (!match) throw fail.notFound('RepairFundStatement', String(req.params.period));
    const printable = publicFundStatementType(await repairFundService.publicStatement(ctx, toId(String(req.params.id)), Number(match[1]), match[2] ? Number(match[2]) : null));
    sendPublic(res, `小额维修资金收支公示-${req.params.period}-${req.params.id}.pdf`, await fundStatementPdf(printable));
  });

  // the notice and the record of a counted vote
  route('/documents/:kind/:id/:file', async (ctx, req, res) => {
    const { kind, id, file } = req.params as Record<string, string>;
    if (file === 'receipt.pdf' && RECEIPT_KINDS.includes(kind)) {
      const { pdf, filingNumber } = await filingReceipt(ctx, runQuery, kind as ReceiptKind, toId(id));
      return send(res, `备案回执-${filingNumber}.pdf`, 'application/pdf', pdf);
    }
    if (kind === 'elections' && file === 'tally-sheet.pdf') return send(res, `计票单-${id}.pdf`, 'application/pdf', await tallySheet(ctx, runQuery, toId(id)));
    if (kind === 'candidates' && file === 'review.pdf') return send(res, `资格审查表-${id}.pdf`, 'application/pdf', await reviewForm(ctx, runQuery, toId(id)));
    if ((kind !== 'elections' && kind !== 'resolutions') || (file !== 'result.pdf' && file !== 'record.json')) throw fail.notFound('Document', `${kind}/${id}/${file}`);
    // the record says who voted how: the officers running the vote read it, as they read votingPersons
    admit(ctx, file === 'record.json' ? Policies.electionsRun : Policies.electionsRead);
    const document = await voteDocument(ctx, kind, toId(id), file === 'record.json' ? 'record' : 'notice');
    if (file === 'record.json') {
      send(res, `${VOTE_NAMES[kind]}-${id}-record.json`, 'application/json', `${JSON.stringify(document.record, null, 2)}\n`);
    } else {
      send(res, `${VOTE_NAMES[kind]}-${id}.pdf`, 'application/pdf', await noticePdf(document));
    }
  });

  // an import template, e.g. /documents/templates/FIRMS.xlsx?lang=zh
  route('/documents/templates/:file', async (ctx, req, res) => {
    const [kind, extension] = String(req.params.file).split('.');
    if (!TEMPLATE_KINDS.includes(kind as ImportKindName)) throw fail.notFound('Template', kind);
    const format = formatOf(extension);
    admit(ctx, Policies.imports);
    const sheet = templateSheet(kind as ImportKindName, languageOf(req));
    send(res, `${sheet.name}-template.${format}`, SHEET_CONTENT_TYPES[format], await sheetFile(sheet, format));
  });

  // a list's rows, e.g. /documents/exports/firms.xlsx?filter={"districtId":"2"}&lang=zh
  route('/documents/exports/:file', async (ctx, req, res) => {
    const [resource, extension] = String(req.params.file).split('.');
    if (!EXPORT_RESOURCES.includes(resource)) throw fail.notFound('Export', resource);
    const format = formatOf(extension);
    let filter: Record<string, unknown> | null = null;
    // a filter misnamed (filters=, filter[ids]=) or given twice is refused: left unread, the export was the whole list (attacker round 12)
    const unread = Object.keys(req.query).find((name) => !EXPORT_PARAMETERS.includes(name));
    if (unread !== undefined) throw fail.badField(unread, 'UNKNOWN_PARAMETER', `is not a parameter of an export (${EXPORT_PARAMETERS.join(', ')})`, { allowed: EXPORT_PARAMETERS });
    if (req.query.filter !== undefined && typeof req.query.filter !== 'string') throw fail.badField('filter', 'JSON', 'must be given once, as the list’s filter in JSON');
    if (typeof req.query.filter === 'string' && req.query.filter !== '') {
      // read as /graphql reads a body (docs/integrators.md#numbers): a number JSON.parse would round (1.00000000000000001 was id 1), nesting past the limit
      const problem = jsonTextProblem(Buffer.from(req.query.filter, 'utf8'), 'The filter', 'filter');
      if (problem) throw problem.fieldErrors ? fail.badInput(problem.fieldErrors) : fail.badField('filter', 'JSON', problem.message);
      try {
        filter = JSON.parse(req.query.filter) as Record<string, unknown>;
      } catch {
        throw fail.badField('filter', 'JSON', 'must be the list’s filter as JSON');
      }
      if (filter === null || typeof filter !== 'object' || Array.isArray(filter)) throw fail.badField('filter', 'JSON', 'must be a JSON object');
    }
    const sheet = await exportSheet(ctx, runQuery, resource, filter, languageOf(req));
    send(res, `${sheet.name}.${format}`, SHEET_CONTENT_TYPES[format], await sheetFile(sheet, format));
  });
  return router;
}
