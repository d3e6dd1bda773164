// The options page: when Sourcelight runs, what it highlights, how it looks, the per-site list, and a settings
// file to back up or move everything. Every change is saved at once; changes made elsewhere (the popup, a
// page's strip) show up here as they happen.
import { useEffect, useState } from 'preact/hooks';
import type { ClutterKind, NumberKind } from '@/utils/analysis/types';
import { type MessageKey, t } from '@/utils/i18n';
import {
  CLUTTER_KINDS,
  COLOR_SCHEMES,
  type ColorScheme,
  getAllSites,
  getSettings,
  HIGHLIGHT_KINDS,
  type HighlightSettings,
  NUMBER_KINDS,
  RUN_MODES,
  type RunMode,
  removeSite,
  type Settings,
  type SettingsPatch,
  type SiteMap,
  type SiteSettings,
  siteKey,
  updateSettings,
  updateSiteSettings,
  watchSettings,
  watchSites,
} from '@/utils/settings';
import { BackupSection } from './BackupSection';

const MODE_LABELS: Record<RunMode, [MessageKey, MessageKey]> = {
  articles: ['optionsModeArticles', 'optionsModeArticlesHelp'],
  'allowed-sites': ['optionsModeAllowed', 'optionsModeAllowedHelp'],
  'on-request': ['optionsModeOnRequest', 'optionsModeOnRequestHelp'],
};

const NUMBER_KIND_LABELS: Record<NumberKind, MessageKey> = {
  count: 'numberKindCount',
  money: 'numberKindMoney',
  percent: 'numberKindPercent',
  fraction: 'numberKindFraction',
  range: 'numberKindRange',
  duration: 'numberKindDuration',
  date: 'numberKindDate',
  time: 'numberKindTime',
  age: 'numberKindAge',
  ordinal: 'numberKindOrdinal',
  other: 'numberKindOther',
};

export const CLUTTER_KIND_LABELS: Record<ClutterKind, MessageKey> = {
  related: 'clutterKindRelated',
  promo: 'clutterKindPromo',
  comments: 'clutterKindComments',
  ad: 'clutterKindAd',
  newsletter: 'clutterKindNewsletter',
  share: 'clutterKindShare',
  other: 'clutterKindOther',
};

const SCHEME_LABELS: Record<ColorScheme, MessageKey> = {
  default: 'optionsColorsDefault',
  'high-contrast': 'optionsColorsHighContrast',
};

type SiteChoice = 'mode' | 'allowed' | 'blocked';

function siteChoice(site: SiteSettings): SiteChoice {
  if (site.enabled === undefined) return 'mode';
  return site.enabled ? 'allowed' : 'blocked';
}

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [sites, setSites] = useState<SiteMap>({});
  const [saved, setSaved] = useState('');

  useEffect(() => {
    void getSettings().then(setSettings);
    void getAllSites().then(setSites);
    const unwatchSettings = watchSettings(setSettings);
    const unwatchSites = watchSites(setSites);
    return () => {
      unwatchSettings();
      unwatchSites();
    };
  }, []);

  const save = (patch: SettingsPatch) => {
    void updateSettings(patch).then((next) => {
      setSettings(next);
      setSaved(t('optionsSaved'));
    });
  };
  const saveSite = (host: string, change: Promise<unknown>) => {
    void change.then(async () => {
      setSites(await getAllSites());
      setSaved(t('optionsSavedSite', host));
    });
  };

  if (!settings) {
    return (
      <main class="sl-options" aria-busy="true">
        <h1>{t('optionsTitle')}</h1>
      </main>
    );
  }

  return (
    <main class="sl-options">
      <h1>{t('optionsTitle')}</h1>
      <p class="sl-saved" role="status" aria-live="polite">
        {saved}
      </p>

      <section aria-labelledby="sl-mode-heading">
        <h2 id="sl-mode-heading">{t('optionsModeHeading')}</h2>
        <fieldset>
          <legend class="sl-visually-hidden">{t('optionsModeHeading')}</legend>
          {RUN_MODES.map((mode) => (
            <div class="sl-choice" key={mode}>
              <input
                type="radio"
                id={`sl-mode-${mode}`}
                name="mode"
                value={mode}
                checked={settings.mode === mode}
                aria-describedby={`sl-mode-${mode}-help`}
                onChange={() => save({ mode })}
              />
              <label for={`sl-mode-${mode}`}>{t(MODE_LABELS[mode][0])}</label>
              <p class="sl-help" id={`sl-mode-${mode}-help`}>
                {t(MODE_LABELS[mode][1])}
              </p>
            </div>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="sl-highlights-heading">
        <h2 id="sl-highlights-heading">{t('optionsHighlightsHeading')}</h2>
        <p class="sl-help" id="sl-highlights-help">
          {t('optionsHighlightsHelp')}
        </p>
        <Checkbox
          id="sl-highlight-claims"
          label={t('optionsHighlightClaims')}
          checked={settings.highlights.claims}
          onChange={(claims) => save({ highlights: { claims } })}
        />
        <Checkbox
          id="sl-highlight-numbers"
          label={t('optionsHighlightNumbers')}
          checked={settings.highlights.numbers}
          onChange={(numbers) => save({ highlights: { numbers } })}
        />
        <fieldset class="sl-kinds" disabled={!settings.highlights.numbers}>
          <legend>{t('optionsNumberKinds')}</legend>
          {NUMBER_KINDS.map((kind) => (
            <Checkbox
              key={kind}
              id={`sl-kind-${kind}`}
              label={t(NUMBER_KIND_LABELS[kind])}
              checked={settings.numberKinds[kind]}
              onChange={(on) => save({ numberKinds: { [kind]: on } })}
            />
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="sl-look-heading">
        <h2 id="sl-look-heading">{t('optionsLookHeading')}</h2>
        <fieldset>
          <legend>{t('optionsColors')}</legend>
          {COLOR_SCHEMES.map((scheme) => (
            <div class="sl-choice" key={scheme}>
              <input
                type="radio"
                id={`sl-colors-${scheme}`}
                name="colorScheme"
                value={scheme}
                checked={settings.colorScheme === scheme}
                onChange={() => save({ colorScheme: scheme })}
              />
              <label for={`sl-colors-${scheme}`}>{t(SCHEME_LABELS[scheme])}</label>
            </div>
          ))}
        </fieldset>
        <Checkbox
          id="sl-sidebar-auto"
          label={t('optionsSidebarAutoOpen')}
          checked={settings.sidebarAutoOpen}
          onChange={(sidebarAutoOpen) => save({ sidebarAutoOpen })}
        />
      </section>

      <SitesSection sites={sites} settings={settings} saveSite={saveSite} />
      <BackupSection
        onImported={(next) => {
          setSettings(next.settings);
          setSites(next.sites);
        }}
      />
    </main>
  );
}

function Checkbox(props: { id: string; label: string; checked: boolean; onChange(checked: boolean): void }) {
  return (
    <div class="sl-choice">
      <input
        type="checkbox"
        id={props.id}
        checked={props.checked}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <label for={props.id}>{props.label}</label>
    </div>
  );
}

interface SitesProps {
  sites: SiteMap;
  /** The defaults everywhere, shown beside each site's own highlight choices. */
  settings: Settings;
  saveSite(host: string, change: Promise<unknown>): void;
}

function SitesSection({ sites, settings, saveSite }: SitesProps) {
  const [addError, setAddError] = useState('');
  const hosts = Object.keys(sites).sort();

  // Read from the form when it is submitted, not from state: Enter right after typing must see the last key.
  const add = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const fields = new FormData(form);
    const host = siteKey(String(fields.get('host') ?? ''));
    if (!host) {
      setAddError(t('optionsSitesBadHost'));
      return;
    }
    setAddError('');
    form.reset();
    saveSite(host, updateSiteSettings(host, { enabled: fields.get('choice') !== 'blocked' }));
  };

  return (
    <section aria-labelledby="sl-sites-heading">
      <h2 id="sl-sites-heading">{t('optionsSitesHeading')}</h2>
      <p class="sl-help">{t('optionsSitesHelp')}</p>
      {hosts.length === 0 ? (
        <p class="sl-empty">{t('optionsSitesEmpty')}</p>
      ) : (
        <table class="sl-sites">
          <thead>
            <tr>
              <th scope="col">{t('optionsSitesColumnSite')}</th>
              <th scope="col">{t('optionsSitesColumnRun')}</th>
              <th scope="col">{t('optionsSitesColumnHighlights')}</th>
              <th scope="col">{t('optionsSitesColumnStrip')}</th>
              <th scope="col">{t('optionsSitesColumnBlocks')}</th>
              <th scope="col">
                <span class="sl-visually-hidden">{t('optionsSitesColumnActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {hosts.map((host) => {
              const site = sites[host];
              return site ? (
                <SiteRow key={host} host={host} site={site} settings={settings} saveSite={saveSite} />
              ) : null;
            })}
          </tbody>
        </table>
      )}
      <form class="sl-add-site" onSubmit={add}>
        <label for="sl-new-host">{t('optionsSitesAddLabel')}</label>
        <input
          id="sl-new-host"
          name="host"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="example.com"
          aria-invalid={addError !== ''}
          aria-describedby="sl-new-host-error"
        />
        <select name="choice" aria-label={t('optionsSitesColumnRun')}>
          <option value="allowed">{t('optionsSiteAllowed')}</option>
          <option value="blocked">{t('optionsSiteBlocked')}</option>
        </select>
        <button type="submit" class="sl-button">
          {t('optionsSitesAdd')}
        </button>
        <p id="sl-new-host-error" class="sl-error" role="alert">
          {addError}
        </p>
      </form>
    </section>
  );
}

const HIGHLIGHT_KIND_LABELS: Record<keyof HighlightSettings, MessageKey> = {
  claims: 'optionsSiteHighlightClaims',
  numbers: 'optionsSiteHighlightNumbers',
};

/** A site's highlight choice: the default everywhere, or its own on/off (set here or from the popup). */
type SiteHighlightChoice = 'default' | 'on' | 'off';

function siteHighlightChoice(site: SiteSettings, kind: keyof HighlightSettings): SiteHighlightChoice {
  const own = site.highlights?.[kind];
  if (own === undefined) return 'default';
  return own ? 'on' : 'off';
}

interface SiteRowProps {
  host: string;
  site: SiteSettings;
  settings: Settings;
  saveSite: SitesProps['saveSite'];
}

function SiteRow({ host, site, settings, saveSite }: SiteRowProps) {
  const choice = siteChoice(site);
  const toggleKind = (kind: ClutterKind, hidden: boolean) => {
    const stripHidden = hidden ? [...site.stripHidden, kind] : site.stripHidden.filter((k) => k !== kind);
    saveSite(host, updateSiteSettings(host, { stripHidden }));
  };
  return (
    <tr data-sl-site={host}>
      <th scope="row" dir="ltr">
        {host}
      </th>
      <td>
        <select
          aria-label={t('optionsSiteRunLabel', host)}
          value={choice}
          onChange={(event) => {
            const value = event.currentTarget.value;
            const enabled = value === 'allowed' ? true : value === 'blocked' ? false : null;
            saveSite(host, updateSiteSettings(host, { enabled }));
          }}
        >
          <option value="mode">{t('optionsSiteFollowMode')}</option>
          <option value="allowed">{t('optionsSiteAllowed')}</option>
          <option value="blocked">{t('optionsSiteBlocked')}</option>
        </select>
      </td>
      <td class="sl-site-highlights">
        {HIGHLIGHT_KINDS.map((kind) => {
          const choice = siteHighlightChoice(site, kind);
          const everywhere = t(settings.highlights[kind] ? 'popupStateOn' : 'popupStateOff');
          return (
            <label
              key={kind}
              data-sl-site-highlight={kind}
              data-sl-override={choice === 'default' ? 'default' : 'site'}
            >
              <span>{t(HIGHLIGHT_KIND_LABELS[kind])}</span>
              <select
                aria-label={t('optionsSiteHighlightLabel', t(HIGHLIGHT_KIND_LABELS[kind]), host)}
                value={choice}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  const on = value === 'on' ? true : value === 'off' ? false : null;
                  saveSite(host, updateSiteSettings(host, { highlights: { [kind]: on } }));
                }}
              >
                <option value="default">{t('optionsSiteHighlightDefault', everywhere)}</option>
                <option value="on">{t('optionsSiteHighlightOn')}</option>
                <option value="off">{t('optionsSiteHighlightOff')}</option>
              </select>
            </label>
          );
        })}
      </td>
      <td>
        <fieldset class="sl-strip-kinds">
          <legend class="sl-visually-hidden">{t('optionsSiteStripLabel', host)}</legend>
          {CLUTTER_KINDS.map((kind) => (
            <label key={kind} class="sl-chip">
              <input
                type="checkbox"
                checked={site.stripHidden.includes(kind)}
                onChange={(event) => toggleKind(kind, event.currentTarget.checked)}
              />
              {t(CLUTTER_KIND_LABELS[kind])}
            </label>
          ))}
        </fieldset>
      </td>
      <td>
        {site.hiddenBlocks.length === 0 ? (
          t('optionsSiteNoBlocks')
        ) : (
          <button
            type="button"
            class="sl-link-button"
            aria-label={t('optionsSiteShowBlocksLabel', String(site.hiddenBlocks.length), host)}
            onClick={() => saveSite(host, updateSiteSettings(host, { hiddenBlocks: [] }))}
          >
            {t('optionsSiteShowBlocks', String(site.hiddenBlocks.length))}
          </button>
        )}
      </td>
      <td>
        <button
          type="button"
          class="sl-button sl-button-quiet"
          aria-label={t('optionsSiteRemoveLabel', host)}
          onClick={() => saveSite(host, removeSite(host))}
        >
          {t('optionsSiteRemove')}
        </button>
      </td>
    </tr>
  );
}
