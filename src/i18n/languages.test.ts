import { afterEach, describe, expect, it } from 'vitest';
import { memoryStorage } from '../config/page-storage';
import { activateLocale, i18n } from './i18n';
import { addressLanguage, chooseLanguage, saveLanguage, savedLanguage } from './language-choice';
import { bestLocale, direction } from './locales';

afterEach(async () => {
  await activateLocale('en', document.documentElement);
});

describe('choosing the language', () => {
  it('matches the browser’s languages to ours, best first, English when none fits', () => {
    expect(bestLocale(['de-AT', 'en'])).toBe('de');
    expect(bestLocale(['pt-PT'])).toBe('pt-BR');
    expect(bestLocale(['pt-br'])).toBe('pt-BR');
    expect(bestLocale(['ko-KR', 'ja'])).toBe('ja');
    expect(bestLocale(['ko-KR'])).toBe('en');
    expect(bestLocale([])).toBe('en');
  });

  it('lets the address win, then the device, then the browser', () => {
    expect(chooseLanguage({ address: 'ar', saved: 'de', browser: ['fr'] })).toBe('ar');
    expect(chooseLanguage({ address: null, saved: 'de', browser: ['fr'] })).toBe('de');
    expect(chooseLanguage({ address: null, saved: null, browser: ['fr-CA'] })).toBe('fr');
    expect(addressLanguage('?lang=pt-br&stream=1')).toBe('pt-BR');
    expect(addressLanguage('?lang=klingon')).toBeNull();
    expect(addressLanguage('?stream=1')).toBeNull();
  });

  it('keeps the Settings choice on the device', () => {
    const storage = memoryStorage();
    expect(savedLanguage(storage)).toBeNull();
    expect(saveLanguage('es', storage)).toBe(true);
    expect(savedLanguage(storage)).toBe('es');
    storage.setItem('chatdeck:language', 'xx');
    expect(savedLanguage(storage)).toBeNull();
    expect(saveLanguage(null, storage)).toBe(true);
    expect(savedLanguage(storage)).toBeNull();
  });
});

describe('switching', () => {
  it('loads a catalog on demand, sets lang and dir, and translates with plurals', async () => {
    const root = document.createElement('html');
    await activateLocale('de', root);
    expect(root.lang).toBe('de');
    expect(root.dir).toBe('ltr');
    expect(i18n._('Send')).toBe('Senden');
    expect(i18n._('Settings')).toBe('Einstellungen');
    expect(
      i18n._('{unseen, plural, one {# new message} other {# new messages}}', { unseen: 1200 }),
    ).toBe('1.200 neue Nachrichten');
    await activateLocale('ar', root);
    expect(root.dir).toBe('rtl');
    expect(direction('ar')).toBe('rtl');
    expect(i18n._('Send')).toBe('إرسال');
    await activateLocale('en', root);
    expect(root.lang).toBe('en');
    expect(i18n._('Send')).toBe('Send');
  });

  it('of quick switches, the last one wins', async () => {
    const root = document.createElement('html');
    await Promise.all([activateLocale('ja', root), activateLocale('fr', root)]);
    expect(root.lang).toBe('fr');
    expect(i18n.locale).toBe('fr');
  });
});
