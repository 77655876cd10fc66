// The worker that works out the questions that would settle each verdict, away from the page's
// main thread. It holds no state: each message carries the whole case, and which instruments do not
// apply to it (worked out by the page), and gets its own answer.
import { settlingQuestions } from './settling.js';
import type { SettlingReply, SettlingRequest } from './settling-client.js';

addEventListener('message', (event: MessageEvent<SettlingRequest>) => {
  const { id, facts, notApplicable } = event.data;
  let reply: SettlingReply;
  try {
    reply = { id, ok: true, questions: settlingQuestions({ facts, notApplicable }) };
  } catch (error) {
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  postMessage(reply);
});
