import zh from '../i18n/zh';
import { INDEX_ADDRESS } from '../publicStatements/addresses';
import { signInWithPassword } from './signInRequest';
import { nextAddress } from './startAddress';

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

const messagesOf = (locale: QuickLocale): Promise<Messages> =>
  locale === 'en' ? import('../i18n/en').then((m) => m.default as unknown as Messages) : Promise.resolve(zh);

/** A message by its dotted key (`wuye.errors.LOGIN_FAILED`), the key itself when there is none. */
export function messageAt(messages: Messages, key: string): string {
  const found = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
  return typeof found === 'string' ? found : key;
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
  'wuye.errors.LOGIN_FAILED',
  'wuye.errors.RATE_LIMITED',
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
  /** Renders the full app in place of this page, once the session is saved and the address is the next page. */
  signedIn(): Promise<void>;
}

/**
 * The sign-in page of a signed-out first visit, in plain DOM: it is on screen before the app's bundle (React,
 * MUI, react-admin, Apollo) is loaded, signs in through the `login` mutation, keeps the session as the app does
 * (session.ts), *replaces* the login entry with the page asked for and hands over to the app
 * (docs/architecture.md#the-consoles-first-page). The app's own LoginPage serves every later sign-in.
 */
export async function showQuickLogin(host: HTMLElement, options: QuickLoginOptions): Promise<void> {
  let locale = storedLocale();
  let messages = await messagesOf(locale);
  const t = (key: string) => messageAt(messages, key);

  const title = el('h1', { 'data-testid': 'login-system-name', elementtiming: 'login-form' });
  const other = el('p', { class: 'ql-other' });
  const usernameLabel = el('span');
  const passwordLabel = el('span');
  const username = el('input', { name: 'username', autocomplete: 'username', required: '', autofocus: '' });
  const password = el('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: '' });
  const submit = el('button', { type: 'submit', class: 'ql-submit' });
  const error = el('p', { class: 'ql-error', role: 'alert', 'data-testid': 'login-error', hidden: '' });
  // the owners' statements need no account (main.tsx opens the app for a public address)
  const publicStatements = el('a', { class: 'ql-public', href: `#${INDEX_ADDRESS}`, 'data-testid': 'login-public-statements' });
  const languages = el('div', { class: 'ql-languages', role: 'group' });
  const switches = (['zh-CN', 'en'] as const).map((option) => {
    const button = el('button', { type: 'button', lang: option, 'data-locale': option }, option === 'en' ? 'English' : '简体中文');
    button.addEventListener('click', async () => {
      if (option === locale) return;
      locale = option;
      localStorage.setItem(LOCALE_KEY, JSON.stringify(option));
      messages = await messagesOf(option);
      render();
    });
    return button;
  });
  languages.append(...switches);
  const form = el(
    'form',
    { class: 'ql-card', 'data-testid': 'login-page', novalidate: '' },
    languages,
    el('div', { class: 'ql-avatar', 'aria-hidden': 'true' }, svgLock()),
    title,
    other,
    el('label', {}, usernameLabel, username),
    el('label', {}, passwordLabel, password),
    error,
    submit,
    publicStatements,
  );
  let errorKey: string | null = null;

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
    error.hidden = errorKey === null;
    error.textContent = errorKey ? t(errorKey) : '';
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
      await signInWithPassword(username.value, password.value);
    } catch (failure) {
      errorKey = (failure as Error).message || 'ra.auth.sign_in_error';
      busy(false);
      render();
      password.focus();
      return;
    }
    // the login entry becomes the page that follows (React Router's state shape), so Back never returns to it
    window.history.replaceState({ usr: null, key: 'default', idx: 0 }, '', `#${nextAddress((window.history.state as { usr?: unknown } | null)?.usr)}`);
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
