// The session both records benchmarks time (tests/bench/records.bench.ts in Node, e2e/bench/records.mjs in a page):
// alternating agent and customer lines, a reference number in every agent line, a shown time and name on every fifth.
// Self-contained (no imports, no outer names) because the browser bench sends its source into a page.
export function syntheticSession(count, t0, id = 'bench-10k', url = 'https://demobank.test/chat', siteId = 'demobank') {
  const session = { id, url, siteId, vendor: 'generic', startedAt: t0, updatedAt: t0 + count * 1000, outcome: 'open' };
  const messages = [];
  for (let i = 0; i < count; i++) {
    messages.push({
      id: `${id}:${i}`,
      sessionId: id,
      seq: i,
      role: i % 2 === 0 ? 'agent' : 'customer',
      text:
        i % 2 === 0
          ? `第${i}条：您好，关于您的个性化分期申请，我们会在3个工作日内回复您，工单号 2026${String(i).padStart(8, '0')}。`
          : `好的，我明白了。请问手续费能否减免？这是第${i}条消息。`,
      at: t0 + i * 1000,
      ...(i % 5 === 0 ? { shownTime: '14:02', author: '小王' } : {}),
    });
  }
  return { session, messages };
}
