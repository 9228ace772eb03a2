// Plays the bank's side of a scripted conversation on a library page. The page hands each remote line to the
// library through `show`; the customer's lines are typed into the library's composer by the test, as a person does,
// and the page reports them back with `customerSent`. State is published on window.libraryChat for the test.
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function createConversation(script, { show, delay = 300 }) {
  const steps = script.steps;
  let at = 0;
  const state = { waiting: false, done: false, error: null, expecting: null, sent: 0 };
  window.libraryChat = state;

  async function playRemote() {
    state.waiting = false;
    while (at < steps.length && steps[at].who !== 'customer') {
      await pause(delay);
      await show(steps[at]);
      at += 1;
    }
    if (at >= steps.length) {
      await pause(delay);
      state.done = true;
      state.expecting = null;
      return;
    }
    state.expecting = steps[at].text;
    state.waiting = true;
  }

  return {
    start: () => playRemote().catch((e) => (state.error = String(e))),
    /** Called by the page when the library reports that the customer sent a line. */
    customerSent(text) {
      const expected = steps[at];
      if (!expected || expected.who !== 'customer') {
        state.error = `unexpected customer line: ${text}`;
        return;
      }
      if (text.trim() !== expected.text) state.error = `customer sent "${text}" but the script expects "${expected.text}"`;
      state.sent += 1;
      at += 1;
      playRemote().catch((e) => (state.error = String(e)));
    },
  };
}

/** Clock text for the n-th message, as a chat shows it (the page's own times, not the test's). */
export function shownClock(script, index) {
  const [h, m] = script.start.split(':').map(Number);
  const total = h * 60 + m + Math.floor(index / 2);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
