import { pdfDocument, renderPdf, RENDERING } from './pdf';

describe('renderPdf: a burst of documents waits its turn or is refused, and a document printed once is served again', () => {
  const page = (text: string) => pdfDocument([{ text }], '测试');

  it('the same content twice is one rendering: the same bytes, from memory', async () => {
    const text = `同一份文件 ${Math.random()}`;
    const first = await renderPdf(page(text));
    expect(first.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await renderPdf(page(text))).toBe(first);
    expect(await renderPdf(page(`${text}。`))).not.toBe(first);
  });

  it(`of a burst, ${RENDERING.running} render and ${RENDERING.waiting} wait; the rest are RATE_LIMITED with a second to wait, and the turns come back`, async () => {
    const burst = RENDERING.running + RENDERING.waiting + 12;
    const outcomes = await Promise.allSettled(Array.from({ length: burst }, (_, i) => renderPdf(page(`第 ${i} 份 ${Math.random()}`))));
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(RENDERING.running + RENDERING.waiting);
    expect(refused).toHaveLength(12);
    for (const { reason } of refused) expect(reason.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: RENDERING.retryAfterSeconds });
    // every turn was given back: a burst of as many as may run and wait is all printed
    const next = await Promise.allSettled(Array.from({ length: RENDERING.running + RENDERING.waiting }, (_, i) => renderPdf(page(`再来 ${i} ${Math.random()}`))));
    expect(next.every((o) => o.status === 'fulfilled')).toBe(true);
  }, 120_000);
});
