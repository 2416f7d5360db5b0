// The analyst console: sign-in, hash routes, and the shared page frame. Views live in their own modules.
import { createApi } from './api.js';
import { clearToken, describeToken, loadToken, saveToken, takeTokenFromAddress } from './auth.js';
import { el } from './format.js';
import * as worklist from './worklist.js';
import * as claim from './claim.js';
import * as aging from './aging.js';
import * as invoices from './invoices.js';
import * as codes from './codes.js';
import * as workqueue from './workqueue.js';

const main = document.getElementById('main');
const statusRegion = document.getElementById('status');
const alertRegion = document.getElementById('alert');
const who = document.getElementById('who');
const signOutButton = document.getElementById('sign-out');
const nav = document.getElementById('sections');

let signedOutReason = null;

const api = createApi({
  token: () => loadToken(),
  onUnauthenticated: () => signOut('Your token was refused (expired or not valid here). Sign in again.'),
});

/** Polite news (loaded, moved, saved) for screen readers and sighted users alike. */
function announce(message) {
  alertRegion.textContent = '';
  statusRegion.textContent = message;
}

/** Something went wrong: said at once (role=alert). */
function alertUser(message) {
  statusRegion.textContent = '';
  alertRegion.textContent = message;
}

function clearMessages() {
  statusRegion.textContent = '';
  alertRegion.textContent = '';
}

const routes = [
  { pattern: /^#\/worklist$/, view: worklist, nav: 'worklist' },
  { pattern: /^#\/claims\/([A-Za-z0-9._-]{1,64})$/, view: claim, nav: 'worklist' },
  { pattern: /^#\/work-queue$/, view: workqueue, nav: 'workqueue' },
  { pattern: /^#\/aging$/, view: aging, nav: 'aging' },
  { pattern: /^#\/invoices$/, view: invoices, nav: 'invoices' },
  { pattern: /^#\/invoices\/([A-Za-z0-9._-]{1,64})$/, view: invoices, nav: 'invoices', detail: true },
  { pattern: /^#\/codes$/, view: codes, nav: 'codes' },
  { pattern: /^#\/codes\/([A-Za-z0-9._-]{1,64})$/, view: codes, nav: 'codes' },
];

function signOut(reason) {
  clearToken();
  signedOutReason = reason || null;
  if (location.hash !== '#/sign-in') location.hash = '#/sign-in';
  else route();
}

function showIdentity(info) {
  who.textContent = info
    ? `${info.subject} · ${info.roles.join(', ') || 'no role'}${info.practice ? ' · ' + info.practice : ''}`
    : '';
  signOutButton.hidden = !info;
  nav.hidden = !info;
}

function renderSignIn() {
  showIdentity(null);
  main.dataset.view = 'sign-in';
  const input = el('textarea', { id: 'token-input', name: 'token', rows: '4', required: true, autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'token-help' });
  const form = el('form', {
    class: 'panel sign-in',
    onsubmit: (event) => {
      event.preventDefault();
      const token = input.value.trim().replace(/^Bearer\s+/i, '');
      if (!describeToken(token)) {
        alertUser('That is not a bearer token (a JWT has three parts separated by dots).');
        input.focus();
        return;
      }
      saveToken(token);
      signedOutReason = null;
      if (location.hash === '#/worklist') route();
      else location.hash = '#/worklist';
    },
  },
  el('h2', { tabindex: '-1' }, 'Sign in'),
  el('p', { id: 'token-help' }, 'Paste a bearer token for your practice, or open the sign-in link printed by the local run. ',
    'The token stays in this browser tab only (session storage) and is gone when the tab closes.'),
  el('label', { for: 'token-input' }, 'Bearer token'),
  input,
  el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, 'Sign in')));
  main.replaceChildren(form);
  main.setAttribute('aria-busy', 'false');
  if (signedOutReason) alertUser(signedOutReason);
  form.querySelector('h2').focus();
}

async function route() {
  const linked = takeTokenFromAddress();
  if (linked) {
    if (describeToken(linked)) saveToken(linked);
    else signedOutReason = 'The sign-in link did not carry a bearer token.';
  }
  const token = loadToken();
  const info = token ? describeToken(token) : null;
  if (!info) {
    if (token) clearToken();
    renderSignIn();
    return;
  }
  if (info.expiresAt && info.expiresAt.getTime() < Date.now()) {
    clearToken();
    signedOutReason = 'Your token expired at ' + info.expiresAt.toLocaleString() + '. Sign in again.';
    renderSignIn();
    return;
  }
  showIdentity(info);
  const hash = location.hash || '#/worklist';
  const match = routes.map((r) => ({ r, m: r.pattern.exec(hash) })).find((x) => x.m);
  if (!match) {
    location.replace('#/worklist');
    return;
  }
  for (const link of nav.querySelectorAll('a')) {
    if (link.dataset.nav === match.r.nav) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  clearMessages();
  main.setAttribute('aria-busy', 'true');
  main.dataset.view = match.r.nav + (match.m[1] ? '-detail' : '');
  const ctx = { api, main, announce, alert: alertUser, who: info, focusHeading };
  try {
    await match.r.view.render(ctx, match.m[1] || null);
  } catch (e) {
    if (e && e.kind === 'unauthenticated') return;
    alertUser(e && e.message ? e.message : String(e));
  } finally {
    main.setAttribute('aria-busy', 'false');
  }
}

/** Moves focus to the view's heading after a route change, so keyboard and screen-reader users start there. */
function focusHeading() {
  const heading = main.querySelector('h2');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: false });
  }
}

document.getElementById('skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});
signOutButton.addEventListener('click', () => signOut('Signed out.'));

// a #token= link is handled by route(), on first load and when pasted into the address bar of an open console
window.addEventListener('hashchange', route);
route();
