// The background: keeps the toolbar badge in step with the tab's analysis. Content scripts report their page
// (utils/messaging/content.ts); a navigation clears the badge until the new page reports. No network, ever.
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import type { PageReport } from '@/utils/messaging/protocol';
import { listen } from '@/utils/messaging/transport';

/** Readable on both light and dark toolbars; the same blue as the claim highlights. */
const BADGE_COLOR = '#1d4ed8';
const BADGE_TEXT_COLOR = '#ffffff';
/** The badge has room for about four characters. */
const BADGE_MAX = 999;

async function showBadge(tabId: number, report: PageReport): Promise<void> {
  const count = report.enabled && report.isArticle ? report.claims : 0;
  const text = count > 0 ? (count > BADGE_MAX ? `${BADGE_MAX}+` : String(count)) : '';
  const title = count > 0 ? t('badgeTitleClaims', String(count)) : t('extName');
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
      browser.action.setTitle({ tabId, title }),
      // setBadgeTextColor is newer than the rest (Chrome 110, Firefox 63): skip it where it is missing.
      browser.action.setBadgeTextColor?.({ tabId, color: BADGE_TEXT_COLOR }),
    ]);
  } catch (error) {
    // The tab closed between the report and now.
    console.debug('[sourcelight:badge] not set:', error);
  }
}

export default defineBackground(() => {
  listen('background', {
    reportPage: async (report, sender) => {
      // Only the top frame's content script speaks for the tab.
      const tabId = sender.tab?.id;
      if (tabId === undefined || (sender.frameId !== undefined && sender.frameId !== 0)) return null;
      await showBadge(tabId, report);
      return null;
    },
  });

  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    // A new document is loading (or the page reloads): the old count no longer describes the page.
    if (changeInfo.status === 'loading') {
      void showBadge(tabId, { isArticle: false, enabled: false, claims: 0 });
    }
  });
});
