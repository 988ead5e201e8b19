// The one Forge-specific piece of the Custom UI: requests to the app through Forge's bridge. Forge injects the bridge
// into every Custom UI frame (window.__bridge); @forge/bridge's invokeRemote and view.getContext are thin calls on it,
// made here directly so the resource needs no npm build (nothing is bundled; Forge provides the bridge).
//
// invokeRemote only promises to resolve with JSON, so every request travels through the app's POST /forge/ui/call
// as {method, path, contentType, accept, body} and comes back as {status, contentType, body}: the panel sees each
// answer's real status and body, exactly as over fetch (ForgeUiController).

const READY_TIMEOUT_MS = 10000;

async function bridge() {
  const started = Date.now();
  while (!(window.__bridge && typeof window.__bridge.callBridge === 'function')) {
    if (Date.now() - started > READY_TIMEOUT_MS) throw new Error('The Forge bridge is not available in this frame.');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return window.__bridge;
}

/** @forge/bridge's convention: some versions answer {success, payload, error}, others the payload itself. */
function unwrap(answer) {
  if (answer && typeof answer === 'object' && typeof answer.success === 'boolean') {
    if (!answer.success) {
      const err = new Error((answer.error && (answer.error.message || answer.error.body)) || 'The app could not be reached.');
      err.network = true;
      throw err;
    }
    return answer.payload;
  }
  return answer;
}

/** The calling module's context (view.getContext): extension.type, extension.issue.key, accountId, siteUrl... */
export async function context() {
  return unwrap(await (await bridge()).callBridge('getContext'));
}

/** invokeRemote({path, method, body}) to the module's endpoint (the app). */
export async function invokeRemote(request) {
  return unwrap(await (await bridge()).callBridge('invokeRemote', request));
}

function header(headers, name) {
  if (!headers) return undefined;
  if (typeof headers.get === 'function') return headers.get(name) || undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key ? headers[key] : undefined;
}

/** A transport for the panel's Api (useTransport): fetch(path, init) over invokeRemote, answering a real Response. */
export const forgeTransport = {
  async fetch(path, init = {}) {
    const answer = await invokeRemote({
      path: '/forge/ui/call',
      method: 'POST',
      body: {
        method: init.method || 'GET',
        path,
        contentType: header(init.headers, 'Content-Type'),
        accept: header(init.headers, 'Accept'),
        body: init.body === undefined || init.body === null ? null : String(init.body),
      },
    });
    const envelope = typeof answer === 'string' ? JSON.parse(answer) : answer;
    if (!envelope || typeof envelope.status !== 'number') {
      const err = new Error('The app answered something that is not a transport envelope.');
      err.network = true;
      throw err;
    }
    const noBody = [204, 205, 304].includes(envelope.status);
    return new Response(noBody ? null : (envelope.body ?? ''), {
      status: envelope.status,
      headers: envelope.contentType ? { 'Content-Type': envelope.contentType } : {},
    });
  },
};
