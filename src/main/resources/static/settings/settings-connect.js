// The Connect configure page: the settings form over fetch, with a fresh context token from AP when Jira gives one,
// else the session token the page was served with.
import { mountSettings, readAnswer } from './settings.js';

const page = document.getElementById('settings-page');
const form = document.getElementById('settings');
const sessionToken = page.getAttribute('data-token');
const api = page.getAttribute('data-api');

function token() {
  return new Promise((resolve) => {
    const ap = window.AP;
    if (ap && ap.context && ap.context.getToken) ap.context.getToken((t) => resolve(t || sessionToken));
    else resolve(sessionToken);
  });
}

mountSettings(form, async (method, body) => {
  const t = await token();
  const res = await fetch(api, {
    method,
    headers: { Authorization: `JWT ${t}`, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  return readAnswer(res);
});
