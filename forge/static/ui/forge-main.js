// Entry of the Forge Custom UI resource: the issue panel (jira:issueContext) or the settings page (jira:adminPage),
// each the app's own module (panel/, settings/: copied by the build from src/main/resources), with requests going
// through Forge's bridge (forge-bridge.js) instead of fetch with a Connect JWT.
import { context, forgeTransport } from './forge-bridge.js';
import { useTransport } from './panel/api.js';

function fail(message) {
  const el = document.getElementById('forge-error');
  el.textContent = message;
  el.hidden = false;
}

async function panel() {
  useTransport(forgeTransport);
  const res = await forgeTransport.fetch('/forge/ui/bootstrap', { method: 'GET', headers: { Accept: 'application/json' } });
  if (res.status !== 200) {
    let message = `The post-mortem could not be opened (${res.status}).`;
    try { message = JSON.parse(await res.text()).error || message; } catch (e) { /* keep the status message */ }
    fail(message);
    return;
  }
  const boot = await res.json();
  // the same start data a Connect panel page carries in its pm-bootstrap element
  const data = document.createElement('script');
  data.type = 'application/json';
  data.id = 'pm-bootstrap';
  data.textContent = JSON.stringify(boot);
  document.body.appendChild(data);
  document.getElementById('pm-issue-key').textContent = boot.issueKey;
  document.title = `Post-mortem ${boot.issueKey}`;
  document.getElementById('pm-panel-view').hidden = false;
  await import('./panel/panel.js');
}

async function settings() {
  const { mountSettings, readAnswer } = await import('./settings/settings.js');
  const html = await (await fetch('./settings/form.html')).text();
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const page = document.getElementById('settings-page');
  page.append(...parsed.body.childNodes);
  document.getElementById('settings-view').hidden = false;
  mountSettings(document.getElementById('settings'), async (method, body) => readAnswer(await forgeTransport.fetch(
    '/api/settings', {
      method,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    })));
}

(async () => {
  try {
    const ctx = await context();
    const type = ctx && ctx.extension && ctx.extension.type;
    if (type === 'jira:adminPage') await settings();
    else await panel();
  } catch (e) {
    fail(e && e.message ? e.message : 'The app could not be reached.');
  }
})();
