import './graphiql.css';
import MarkdownIt from 'markdown-it';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import guide from '../../../docs/integrators.md?raw';

/** docs/integrators.md, rendered at build time's text: raw HTML in the Markdown is shown as text, never run. */
const markdown = new MarkdownIt({ html: false, linkify: false });
const html = markdown.render(guide);

function Page() {
  return (
    <div className="wuye-integrators">
      <header>
        <strong>Wuye Registry · 接入文档 · Integrator guide</strong>
        <nav>
          <a href="/graphiql">GraphiQL</a>
          <a href="/">控制台 · Console</a>
        </nav>
      </header>
      <article dangerouslySetInnerHTML={{ __html: html }} />
    </div>
  );
}

createRoot(document.getElementById('integrators')!).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);
