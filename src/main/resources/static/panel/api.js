// Talks to the app's API with "Authorization: JWT <token>". Inside Jira the token comes from
// AP.context.getToken() when its context names this issue; otherwise the session token the server put
// into the page is used (tests, the demo, the full-page view whose AP token has no issue).

// How requests reach the app. By default: fetch, with the Connect JWT above. A page that cannot call the app
// directly (the panel as Forge Custom UI) installs its own transport before the panel starts; then no JWT is added
// (the transport authenticates) and everything else here stays the same.
let transport = null;

/** Installs a transport: an object whose fetch(path, init) resolves to a Response (status, headers, text()). */
export function useTransport(t) {
  transport = t;
}

function decodePayload(token) {
  try {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(part + '='.repeat((4 - (part.length % 4)) % 4)));
  } catch (e) {
    return {};
  }
}

export class Api {
  constructor({ baseUrl, issueKey, sessionToken, serverNow }) {
    this.baseUrl = baseUrl.replace(/\/$/, '');
    this.issueKey = issueKey;
    this.sessionToken = sessionToken;
    // the server's clock minus this computer's, so token expiry is judged by the clock that issued the token
    this.skew = Number.isFinite(serverNow) ? serverNow - Date.now() : 0;
  }

  /** A token that opens this issue. */
  async token() {
    const ap = window.AP;
    if (ap && ap.context && typeof ap.context.getToken === 'function') {
      try {
        const t = await new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('timeout')), 3000);
          ap.context.getToken((tok) => { clearTimeout(timer); resolve(tok); });
        });
        const claims = decodePayload(t);
        const key = claims.context && claims.context.jira && claims.context.jira.issue && claims.context.jira.issue.key;
        if (t && key === this.issueKey) return t;
      } catch (e) {
        // fall back to the session token
      }
    }
    const exp = decodePayload(this.sessionToken).exp;
    if (exp && exp * 1000 < Date.now() + this.skew - 30000) {
      const err = new Error('Your session expired: reload the page to continue (nothing typed is lost).');
      err.expired = true;
      throw err;
    }
    return this.sessionToken;
  }

  /**
   * Sends a request. Resolves {status, body, headers} for any HTTP answer; rejects only when the network
   * failed (err.network = true) so callers can keep the work and retry.
   */
  async request(method, path, { body, contentType, accept } = {}) {
    const headers = { Accept: accept || 'application/json' };
    if (!transport) headers.Authorization = `JWT ${await this.token()}`;
    let payload;
    if (body !== undefined) {
      headers['Content-Type'] = contentType || 'application/json';
      payload = typeof body === 'string' ? body : JSON.stringify(body);
    }
    let res;
    try {
      res = transport ? await transport.fetch(path, { method, headers, body: payload })
        : await fetch(this.baseUrl + path, { method, headers, body: payload, credentials: 'omit' });
    } catch (e) {
      const err = new Error('Network error');
      err.network = true;
      throw err;
    }
    const refreshed = res.headers.get('X-Session-Token');
    if (refreshed) this.sessionToken = refreshed;
    const type = res.headers.get('Content-Type') || '';
    let data = null;
    const text = await res.text();
    if (type.includes('json') && text) {
      try { data = JSON.parse(text); } catch (e) { data = null; }
    } else {
      data = text;
    }
    return { status: res.status, body: data, headers: res.headers };
  }

  docPath(suffix = '') {
    return `/api/postmortems/${encodeURIComponent(this.issueKey)}${suffix}`;
  }
}

/** A readable message from an error body {"error", "details"}. */
export function errorText(res) {
  const b = res && res.body;
  if (b && typeof b === 'object' && b.error) {
    const details = Array.isArray(b.details) && b.details.length ? `: ${b.details.join('; ')}` : '';
    return `${b.error}${details}`;
  }
  return `The server answered ${res ? res.status : 'nothing'}.`;
}
