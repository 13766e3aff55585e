import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql.css';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { fetcher, sessionHeaders } from './fetcher';

/** The signed-in console session (this tab) is the default Authorization header; a token pasted in Headers wins. */
const defaultHeaders = JSON.stringify({ Authorization: '', ...sessionHeaders() }, null, 2);

const defaultQuery = `# 物业备案与业委会选举平台 GraphQL API · Wuye Registry
# 先在控制台登录，或在 Headers 中填入 "Authorization": "Bearer wya_…"。Sign in to the console first, or put your token in Headers.
# 文档（Docs）面板列出全部类型与字段；接入说明见上方“接入文档”。

query FirstFirms {
  firms(options: { take: 5 }) {
    items { id name filingStatus version }
    nextCursor
  }
}

# subscription Follow { changeFeed(after: 0) { position entityType entityId action version } }
`;

function Page() {
  return (
    <div className="wuye-graphiql">
      <header>
        <strong>Wuye Registry · GraphQL</strong>
        <nav>
          <a href="/graphiql/integrators">接入文档 · Integrator guide</a>
          <a href="/">控制台 · Console</a>
        </nav>
      </header>
      <main>
        <GraphiQL fetcher={fetcher} defaultHeaders={defaultHeaders} defaultQuery={defaultQuery} shouldPersistHeaders={false} />
      </main>
    </div>
  );
}

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);
