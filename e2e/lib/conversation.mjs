// The customer's side of the demo negotiation, typed into the demo bank's chat like a person would.
export const CUSTOMER_LINES = {
  zh: [
    '你好，我想协商信用卡逾期还款，转人工',
    '张伟，身份证后四位 1234',
    '我今年6月被公司裁员，现在的新工作收入比以前低不少，每月最多能还1000元左右，但我愿意把欠款还清。',
    '24期每月1600元左右我负担不了，能否分36期，并减免违约金？',
    '可以，我同意这个方案。',
    '请问协议会有书面确认吗？',
    '没有了，谢谢您的帮助。',
  ],
  en: [
    'Hi, I am behind on my card and would like to talk to an agent about a repayment plan',
    'Wei Zhang, last four digits 1234',
    'I was laid off in June and my new job pays much less. I can manage about 1,000 a month, and I do want to pay this off.',
    'About 1,600 a month for 24 months is more than I can afford. Could you do 36 months and waive the late fees instead?',
    'Yes, I agree to that plan.',
    'Will I get the agreement in writing?',
    'No, that is all. Thank you for your help.',
  ],
};

/** Types one line into the composer, presses Enter, and waits until the scripted agent has finished replying. */
export async function sayAsCustomer(page, text) {
  await page.locator('#kf-input').fill(text);
  await page.locator('#kf-input').press('Enter');
  await page.evaluate(() => window.demoChat.idle());
}

export async function playConversation(page, lang = 'zh', { onLine } = {}) {
  await page.evaluate(() => window.demoChat.idle());
  for (const [i, line] of CUSTOMER_LINES[lang].entries()) {
    await sayAsCustomer(page, line);
    if (onLine) await onLine(i, line);
  }
}

/** What the page shows, read the way a person would (for comparison with what Parley stored). */
export async function renderedTranscript(page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('#kf-msg-list > *')).map((el) => {
      if (el.classList.contains('kf-notice')) return { role: 'system', text: el.textContent.trim() };
      const who = el.className.includes('kf-row--me') ? 'customer' : el.className.includes('kf-row--bot') ? 'bot' : 'agent';
      const bubble = el.querySelector('.kf-bubble');
      const text = Array.from(bubble.childNodes).filter((n) => n.nodeType === 3).map((n) => n.nodeValue).join('').trim();
      return { role: who, text, author: el.querySelector('.kf-name')?.textContent ?? undefined, shownTime: el.querySelector('.kf-time')?.textContent };
    }),
  );
}

/** Polls until the database holds `count` messages for the session (capture is asynchronous by design). */
export async function waitForStored(readDb, count, timeoutMs = 10000) {
  const started = Date.now();
  let last;
  while (Date.now() - started < timeoutMs) {
    last = await readDb();
    if (last.messages.length >= count) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  return last;
}
