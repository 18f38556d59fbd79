import { onTestFinished, vi } from 'vitest';
import { activateLocale } from '../i18n/i18n';

/**
 * For this test the browser speaks `locale`, as an agent's would: its languages (the sign-in page
 * follows them) and this tab's choice (the signed-in shell keeps it, lib/agent-locale.ts), with
 * the catalog active before the first render. English again when the test ends.
 */
export async function browserSpeaks(locale: string): Promise<void> {
  const languages = vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue([locale]);
  sessionStorage.setItem('rampdesk.locale', locale);
  await activateLocale(locale);
  onTestFinished(async () => {
    languages.mockRestore();
    await activateLocale('en-US');
  });
}
