import zh from '../i18n/zh';
import { INDEX_ADDRESS } from '../publicStatements/addresses';
import { ENDED_NOTICE, sessionEnded } from './sessionEnded';
import { signInWithPassword } from './signInRequest';

type Messages = typeof zh;
export type QuickLocale = 'zh-CN' | 'en';

/** react-admin's remembered language (its localStorage store, key `locale`): the switch here and in the app bar agree. */
const LOCALE_KEY = 'RaStore.locale';

export function storedLocale(): QuickLocale {
  try {
    return JSON.parse(localStorage.getItem(LOCALE_KEY) ?? 'null') === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

function rememberLocale(locale: QuickLocale): void {
  try {
    localStorage.setItem(LOCALE_KEY, JSON.stringify(locale));
  } catch {
    // storage refused (a private window): the language lasts as long as the page
  }
}

const messagesOf = (locale: QuickLocale): Promise<Messages> =>
  locale === 'en' ? import('../i18n/en').then((m) => m.default as unknown as Messages) : Promise.resolve(zh);

/** A message by its dotted key (`wuye.errors.LOGIN_FAILED`), the key itself when there is none; `%{name}` filled from params. */
export function messageAt(messages: Messages, key: string, params: Record<string, string | number> = {}): string {
  const found = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
  return typeof found === 'string' ? found.replace(/%\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : key;
}

/** Every message this page shows: the texts, and each error signInWithPassword throws (signInRequest.ts). */
export const QUICK_LOGIN_MESSAGES = [
  'wuye.session.system',
  'wuye.session.system_other',
  'wuye.session.username',
  'wuye.session.password',
  'wuye.session.sign_in',
  'wuye.language',
  'wuye.publicStatements.link',
  'wuye.session.ended',
  'wuye.session.idle_signed_out',
  'wuye.errors.LOGIN_FAILED',
  'wuye.errors.RATE_LIMITED',
  'wuye.session.locked_minutes',
  'wuye.session.locked_seconds',
  'wuye.session.address_limited',
  'wuye.errors.NETWORK',
  'wuye.errors.INTERNAL_SERVER_ERROR',
  'ra.auth.sign_in_error',
] as const;

// MUI's Lock icon, drawn without MUI
const LOCK_PATH =
  'M18 8h-1V6c0-2.76-2.24-5-5-5S7 3.24 7 6v2H6c-1.1 0-2 .9-2 2v10c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2V10c0-1.1-.9-2-2-2m-6 9c-1.1 0-2-.9-2-2s.9-2 2-2 2 .9 2 2-.9 2-2 2m3.1-9H8.9V6c0-1.71 1.39-3.1 3.1-3.1s3.1 1.39 3.1 3.1z';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

export interface QuickLoginOptions {
  /** Signs in (the session saved, session.ts); throws a SignInRefusal. signInWithPassword unless the app passes its authProvider's login. */
  signIn?(username: string, password: string): Promise<void>;
  /** Moves on once signed in: the entry renders the app (main.tsx), the app's login route navigates (LoginPage.tsx). */
  signedIn(): Promise<void> | void;
  /** The language to open in (the running app's), remembered as chosen; else the one remembered (storedLocale). */
  locale?: QuickLocale;
  /** The person chose a language here (remembered in react-admin's store): the app, if running, follows. */
  localeChanged?(locale: QuickLocale): void;
  /** Aborted when the page is taken away before it was drawn (React's unmount). */
  signal?: AbortSignal;
}

/**
 * The console's one sign-in page, in plain DOM: the texts, fields, checks, refusals (wrong password, the lock
 * with its wait) and the notice of why the last session ended are all here. The entry draws it for a signed-out
 * first visit before the app's bundle (React, MUI, react-admin, Apollo) is loaded; the app's login route
 * (LoginPage.tsx, after a sign-out, an ended session, the idle sign-out) draws the same page into its route
 * (docs/architecture.md#the-consoles-first-page).
 */
export async function showQuickLogin(host: HTMLElement, options: QuickLoginOptions): Promise<void> {
  const signIn = options.signIn ?? signInWithPassword;
  let locale = options.locale ?? storedLocale();
  // react-admin forgets the language at sign-out (its store is reset): the page keeps the one it shows
  if (options.locale) rememberLocale(options.locale);
  let messages = await messagesOf(locale);
  if (options.signal?.aborted) return;
  const t = (key: string, params?: Record<string, string | number>) => messageAt(messages, key, params);
  const ended = sessionEnded.reason();

  const title = el('h1', { 'data-testid': 'login-system-name', elementtiming: 'login-form' });
  const other = el('p', { class: 'ql-other' });
  const usernameLabel = el('span');
  const passwordLabel = el('span');
  const username = el('input', { name: 'username', autocomplete: 'username', required: '', autofocus: '' });
  const password = el('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: '' });
  const submit = el('button', { type: 'submit', class: 'ql-submit' });
  const error = el('p', { class: 'ql-error', role: 'alert', 'data-testid': 'login-error', hidden: '' });
  // why the last session ended (the server ended it, or the idle sign-out), until the next sign-in
  const notice = el('p', { class: 'ql-notice', role: 'status', 'data-testid': 'session-ended', 'data-reason': ended ?? '' });
  // the owners' statements need no account (main.tsx opens the app for a public address)
  const publicStatements = el('a', { class: 'ql-public', href: `#${INDEX_ADDRESS}`, 'data-testid': 'login-public-statements' });
  const languages = el('div', { class: 'ql-languages', role: 'group' });
  const switches = (['zh-CN', 'en'] as const).map((option) => {
    const button = el('button', { type: 'button', lang: option, 'data-locale': option }, option === 'en' ? 'English' : '简体中文');
    button.addEventListener('click', async () => {
      if (option === locale) return;
      locale = option;
      rememberLocale(option);
      messages = await messagesOf(option);
      render();
      options.localeChanged?.(option);
    });
    return button;
  });
  languages.append(...switches);
  const form = el(
    'form',
    { class: 'ql-card', 'data-testid': 'login-page', novalidate: '' },
    el('div', { class: 'ql-avatar', 'aria-hidden': 'true' }, svgLock()),
    title,
    other,
    ...(ended ? [notice] : []),
    el('label', {}, usernameLabel, username),
    el('label', {}, passwordLabel, password),
    error,
    submit,
    // the language switch after the sign-in, where Tab reaches it from the name the page opens on (it stood before the
    // name, so only Shift+Tab or a trip through the browser's own controls reached it: the new user's walk, item 5)
    el('div', { class: 'ql-foot' }, publicStatements, languages),
  );
  let errorKey: string | null = null;
  let errorParams: Record<string, string | number> = {};

  function render() {
    document.documentElement.lang = locale;
    title.textContent = t('wuye.session.system');
    other.textContent = t('wuye.session.system_other');
    usernameLabel.textContent = t('wuye.session.username');
    passwordLabel.textContent = t('wuye.session.password');
    submit.textContent = t('wuye.session.sign_in');
    publicStatements.textContent = t('wuye.publicStatements.link');
    languages.setAttribute('aria-label', t('wuye.language'));
    for (const button of switches) button.setAttribute('aria-pressed', String(button.dataset.locale === locale));
    if (ended) notice.textContent = t(ENDED_NOTICE[ended]);
    error.hidden = errorKey === null;
    error.textContent = errorKey ? t(errorKey, errorParams) : '';
  }

  function busy(on: boolean) {
    for (const field of [username, password, submit]) field.disabled = on;
    submit.classList.toggle('ql-busy', on);
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!username.value || !password.value) {
      (username.value ? password : username).focus();
      return;
    }
    errorKey = null;
    render();
    busy(true);
    try {
      await signIn(username.value, password.value);
    } catch (failure) {
      // a refusal names its message (signInRequest.ts); anything else is the general one
      const key = (failure as Error | undefined)?.message ?? '';
      errorKey = /^(wuye|ra)\./.test(key) ? key : 'ra.auth.sign_in_error';
      errorParams = (failure as { params?: Record<string, string | number> }).params ?? {};
      busy(false);
      render();
      password.focus();
      return;
    }
    await options.signedIn();
  });

  render();
  host.replaceChildren(el('div', { class: 'ql-page' }, form));
  username.focus();
}

function svgLock(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', LOCK_PATH);
  svg.append(path);
  return svg;
}
