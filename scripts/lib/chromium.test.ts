import { describe, expect, it } from 'vitest';
import { playwrightDisabledFeatures, SYSTEM_CHROMIUM_ARGS } from './chromium';

describe("Debian's Chromium flags", () => {
  it("find the features Playwright disables in the Playwright we run (else the suite's speed-up is silently lost)", () => {
    // Playwright's oldest entries (its issues 14047 and 8162); the list only grows.
    expect(playwrightDisabledFeatures()).toEqual(
      expect.arrayContaining(['AvoidUnnecessaryBeforeUnloadCheckSync', 'MediaRouter']),
    );
  });

  it("keep Playwright's disabled features in the one --disable-features Chromium reads, plus the unseen address-bar UI", () => {
    const flags = SYSTEM_CHROMIUM_ARGS.filter((arg) => arg.startsWith('--disable-features='));
    expect(flags).toHaveLength(1);
    const features = flags[0]!.slice('--disable-features='.length).split(',');
    expect(features).toEqual(expect.arrayContaining([...playwrightDisabledFeatures()!, 'WebUIOmniboxPopup']));
    expect(features).toContain('WebUIOmniboxAimPopup');
  });
});
