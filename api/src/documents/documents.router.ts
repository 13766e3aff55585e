import { Request, Response, Router } from 'express';
import { Policies, refusal } from '../auth/policies';
import type { RequestContext } from '../request/context';
import { AppError, ErrorCode, fail, httpStatusFor, isAppError } from '../shared/errors';
import { toId } from '../shared/ids';
import type { Logger } from '../shared/logger';
import { noticePdf, voteDocument, VoteDocumentKind } from './vote-documents';
import { committeeAccountService } from '../committee-accounts/committee-account.service';
import { accountStatementType } from '../committee-accounts/committee-account.resolver';
import { statementPdf } from '../committee-accounts/statement-pdf';

/**
 * GET /documents/{elections|resolutions}/:id/{result.pdf|record.json} with the Bearer token: the printable
 * notice and the record of a counted vote, for whoever may read the vote (electionsRead, the officer's
 * jurisdiction). Errors in the GraphQL error shape, with their HTTP status.
 */
const KINDS: readonly string[] = ['elections', 'resolutions'];
const NAMES: Record<VoteDocumentKind, string> = { elections: '选举结果公告', resolutions: '表决结果公告' };

function sendError(res: Response, log: Logger, error: unknown): void {
  const appError: AppError = isAppError(error) ? error : new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
  if (!isAppError(error)) log.error('documents.error', { name: (error as Error).name });
  res.status(httpStatusFor(appError.code)).json({ errors: [{ message: appError.message, extensions: appError.extensions }] });
}

export function documentsRouter(contextFor: (req: Request, res: Response) => Promise<RequestContext>, log: Logger): Router {
  const router = Router();
  // a committee's published quarter (业账社管): printable by anyone, as publishedAccountStatement is readable
  router.get('/documents/account-statements/:id/statement.pdf', async (req, res) => {
    try {
      const ctx = await contextFor(req, res);
      const { statement, estateName } = await committeeAccountService.publishedStatement(ctx, toId(req.params.id));
      const printable = accountStatementType(statement, estateName);
      res.setHeader('Cache-Control', 'public, max-age=300');
      res.attachment(`公共收益收支公示-${printable.year}Q${printable.quarter}-${req.params.id}.pdf`).type('application/pdf').send(await statementPdf(printable));
    } catch (error) {
      sendError(res, log, error);
    }
  });
  router.get('/documents/:kind/:id/:file', async (req, res) => {
    const { kind, id, file } = req.params as { kind: string; id: string; file: string };
    try {
      if (!KINDS.includes(kind) || (file !== 'result.pdf' && file !== 'record.json')) throw fail.notFound('Document', `${kind}/${id}/${file}`);
      const ctx = await contextFor(req, res);
      const refused = refusal(Policies.electionsRead, ctx.principal, 'documents');
      if (refused) throw refused;
      const document = await voteDocument(ctx, kind as VoteDocumentKind, toId(id));
      // personal data (owners' names): never kept by a shared cache
      res.setHeader('Cache-Control', 'private, no-store');
      if (file === 'record.json') {
        res.attachment(`${NAMES[kind as VoteDocumentKind]}-${id}-record.json`).type('application/json').send(`${JSON.stringify(document.record, null, 2)}\n`);
      } else {
        res.attachment(`${NAMES[kind as VoteDocumentKind]}-${id}.pdf`).type('application/pdf').send(await noticePdf(document));
      }
    } catch (error) {
      sendError(res, log, error);
    }
  });
  return router;
}
