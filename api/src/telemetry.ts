/**
 * Optional OpenTelemetry traces, off unless OTEL_EXPORTER_OTLP_ENDPOINT is set. main.ts imports this first, so the
 * SDK patches `pg` and `graphql` before anything requires them; unset, nothing of OpenTelemetry is even loaded.
 * Spans never carry GraphQL variables, literal values or SQL parameters (personal data, never exported).
 */
type Sdk = { shutdown(): Promise<void> };

let sdk: Sdk | null = null;

export function startTelemetry(env: NodeJS.ProcessEnv = process.env): boolean {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT || sdk) return sdk !== null;
  // required synchronously, only here: an `import` would load the SDK for everyone, a dynamic one too late
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { GraphQLInstrumentation } = require('@opentelemetry/instrumentation-graphql') as typeof import('@opentelemetry/instrumentation-graphql');
  const { PgInstrumentation } = require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  const started = new NodeSDK({
    serviceName: 'wuye-api',
    // the exporter reads OTEL_EXPORTER_OTLP_ENDPOINT (+ /v1/traces) and OTEL_EXPORTER_OTLP_HEADERS itself
    traceExporter: new OTLPTraceExporter(),
    // traces only: the metrics are prom-client's /metrics, the logs are stdout JSON lines
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      // allowValues: false replaces literals in the query text with '*'; variables are never recorded
      new GraphQLInstrumentation({ allowValues: false, mergeItems: true, ignoreTrivialResolveSpans: true }),
      // the statement text with its $n placeholders only, never the values; no spans for background polling
      new PgInstrumentation({ enhancedDatabaseReporting: false, requireParentSpan: true }),
    ],
  });
  started.start();
  sdk = started;
  return true;
}

/** Sends the spans still buffered; main.ts calls it before the process exits. */
export async function stopTelemetry(): Promise<void> {
  await sdk?.shutdown().catch(() => undefined);
  sdk = null;
}

startTelemetry();
