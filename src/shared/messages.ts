import browser from 'webextension-polyfill';
import type { ExtractResult } from '../extract/types';

/**
 * The one message protocol between Sift's pages and its content script. Every message is named here
 * with its request and response; `send` and `handle` are the only code that touches runtime messaging.
 */
export interface Protocol {
  /**
   * Popup or reader tab → content script: read the page. `keep`: removal keys of blocks the reader put
   * back (the engine leaves them in the article). `maxElements`: the reader chose to read a page larger
   * than the engine's limit anyway (its time budget still holds).
   */
  extract: {
    request: { disable: string[]; keep?: string[]; maxElements?: number };
    response: ExtractResult;
  };
}

export type MessageName = keyof Protocol;
type Request<N extends MessageName> = Protocol[N]['request'];
type Response<N extends MessageName> = Protocol[N]['response'];

interface Envelope<N extends MessageName> {
  sift: N;
  payload: Request<N>;
}

/** Errors cross the boundary as text; a thrown handler never leaves the caller waiting. */
type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

function isEnvelope<N extends MessageName>(message: unknown, name: N): message is Envelope<N> {
  return typeof message === 'object' && message !== null && (message as { sift?: unknown }).sift === name;
}

/** Sends a message to the content script in a tab. Rejects when the tab does not answer. */
export async function sendToTab<N extends MessageName>(
  tabId: number,
  name: N,
  payload: Request<N>,
): Promise<Response<N>> {
  const envelope: Envelope<N> = { sift: name, payload };
  const reply = (await browser.tabs.sendMessage(tabId, envelope)) as Reply<Response<N>> | undefined;
  if (!reply) throw new Error('the page did not answer');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Answers one message name. */
export function handle<N extends MessageName>(
  name: N,
  handler: (payload: Request<N>) => Response<N> | Promise<Response<N>>,
) {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isEnvelope(message, name)) return undefined;
    return Promise.resolve()
      .then(() => handler(message.payload))
      .then(
        (value): Reply<Response<N>> => ({ ok: true, value }),
        (error: unknown): Reply<Response<N>> => ({
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        }),
      );
  });
}
