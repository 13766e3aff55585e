import { firmList } from './firm-list';
import { BenchContext, Scenario } from './scenario';

/** The firm list against the API server with RESPONSE_CACHE=on: the same pages again and again, as a console's users ask. */
const cached = (ctx: BenchContext): BenchContext => {
  if (!ctx.cachedApi) throw new Error('cached-repeat needs the API server with RESPONSE_CACHE=on');
  return { ...ctx, api: ctx.cachedApi };
};

export const cachedRepeat: Scenario = {
  name: 'cached-repeat',
  title: '4 console list repeated: scenario 1 with the response cache on',
  needsCachedApi: true,
  prepare: (ctx) => firmList.prepare!(ctx),
  api: (ctx) => firmList.api(cached(ctx)),
  raw: (ctx) => firmList.raw(ctx),
  peer: (ctx) => firmList.peer!(ctx),
  checkPeer: (ctx) => firmList.checkPeer!(cached(ctx)),
  async statementProbe(ctx) {
    // a repeated read costs the version check only, whatever its size
    const probe = firmList.statementProbe!;
    await probe(cached(ctx));
    return { ...(await probe(cached(ctx))), sizes: 'take 5 / 100, repeated' };
  },
};
