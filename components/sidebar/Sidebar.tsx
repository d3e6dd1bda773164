// The source sidebar: the breakdown at a glance, sources by category (click one to highlight only its claims
// and step through them), parties that declined to comment, the article's numbers, and the exports.
import { useEffect, useRef } from 'preact/hooks';
import type { Analysis, AttributionKind, SourceCategory } from '@/utils/analysis/types';
import { t, tp } from '@/utils/i18n';
import { ArticleChoice } from './ArticleChoice';
import { ArticleHead } from './ArticleHead';
import { AttributionNotice } from './AttributionNotice';
import { categoryLabel, cueKindLabel, joinList, joinMeta, numberKindLabel, PART_MARK, splitAtPart } from './labels';
import { breakdown, claimsOf, cueOf, sourceById } from './model';
import type { OnPageActions, OnPageState } from './types';

/** Claims longer than this are cut in the list (the whole sentence is one click away on the page). */
const CLAIM_PREVIEW_CHARS = 140;

function preview(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > CLAIM_PREVIEW_CHARS ? `${clean.slice(0, CLAIM_PREVIEW_CHARS - 1)}…` : clean;
}

export function Sidebar({ state, actions }: { state: OnPageState; actions: OnPageActions }) {
  const { analysis } = state;
  const b = breakdown(analysis);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const maxCount = Math.max(1, ...b.byCategory.map((c) => c.sources));
  const focused = sourceById(analysis, state.focus?.sourceId ?? null);

  return (
    <aside class="sl-sidebar" aria-labelledby="sl-sidebar-title">
      <header class="sl-sidebar-head">
        <h2 id="sl-sidebar-title" tabIndex={-1} ref={heading}>
          {t('sidebarTitle')}
        </h2>
        <button type="button" class="sl-icon-button" onClick={() => actions.setSidebar(false)}>
          <span aria-hidden="true">×</span>
          <span class="sl-visually-hidden">{t('sidebarClose')}</span>
        </button>
      </header>
      <div class="sl-sidebar-body">
        <ArticleHead article={analysis.article} />
        <ArticleChoice state={state} actions={actions} />
        <section aria-labelledby="sl-glance">
          <h3 id="sl-glance">{t('sidebarGlance')}</h3>
          {state.reading && (
            <p class="sl-reading">{tp('sidebarReading', state.reading.total, String(state.reading.done))}</p>
          )}
          {state.unfinished && (
            <p class="sl-reading" role="status" data-sl-status="unfinished">
              {t('sidebarUnfinished')}
            </p>
          )}
          <AttributionNotice support={analysis.attribution} />
          <p class="sl-glance-line">
            {analysis.attribution.available ? (
              <GlanceLine sources={b.sources} claims={b.claims} numbers={b.numbers} />
            ) : (
              <strong>{tp('sidebarGlanceNumbers', b.numbers)}</strong>
            )}
          </p>
          {b.byKind.some((k) => k.kind !== 'speech') && (
            <p class="sl-kinds">
              {t(
                'sidebarKinds',
                joinList(b.byKind.map((k) => t('sidebarKindCount', cueKindLabel(k.kind), String(k.claims)))),
              )}
            </p>
          )}
          {b.sources > 0 && (
            <div class="sl-named">
              <p>{t('sidebarNamedSplit', String(b.named), String(b.anonymous), String(b.namedPercent))}</p>
              <div class="sl-bar sl-bar-split" aria-hidden="true">
                <span class="sl-bar-named" style={{ width: `${b.namedPercent}%` }} />
              </div>
            </div>
          )}
          {b.byCategory.length > 0 && (
            <table class="sl-categories">
              <caption class="sl-visually-hidden">{t('sidebarCategoriesCaption')}</caption>
              <thead class="sl-visually-hidden">
                <tr>
                  <th scope="col">{t('sidebarColumnCategory')}</th>
                  <th scope="col">{t('sidebarColumnSources')}</th>
                  <th scope="col">{t('sidebarColumnShare')}</th>
                </tr>
              </thead>
              <tbody>
                {b.byCategory.map((row) => (
                  <tr key={row.category}>
                    <th scope="row">
                      <span class={`sl-swatch sl-cat-${row.category}`} aria-hidden="true" />
                      {categoryLabel(row.category)}
                    </th>
                    <td class="sl-num">{row.sources}</td>
                    <td class="sl-bar-cell">
                      <div class="sl-bar" aria-hidden="true">
                        <span
                          class={`sl-bar-fill sl-cat-${row.category}`}
                          style={{ width: `${Math.round((row.sources / maxCount) * 100)}%` }}
                        />
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        {focused && state.focus && (
          <FocusNav analysis={analysis} sourceId={focused.id} index={state.focus.index} actions={actions} />
        )}

        <section aria-labelledby="sl-sources">
          <h3 id="sl-sources">{t('sidebarSources')}</h3>
          {b.groups.length === 0 &&
            (analysis.attribution.available ? (
              <p class="sl-muted">{t('sidebarNoSources')}</p>
            ) : (
              <AttributionNotice support={analysis.attribution} />
            ))}
          {b.groups.map((group) => (
            <div key={group.category} class="sl-group">
              <h4>
                <span class={`sl-swatch sl-cat-${group.category}`} aria-hidden="true" />
                {categoryLabel(group.category)}{' '}
                <span class="sl-muted">{t('sidebarGroupCount', String(group.sources.length))}</span>
              </h4>
              <ul class="sl-source-list">
                {group.sources.map((source) => {
                  const active = state.focus?.sourceId === source.id;
                  return (
                    <li key={source.id}>
                      <button
                        type="button"
                        class="sl-source"
                        aria-pressed={active}
                        onClick={() => actions.focusSource(active ? null : source.id)}
                      >
                        <span class="sl-source-name">{source.name}</span>
                        <span class="sl-source-meta">
                          {joinMeta([
                            source.role,
                            t(source.named ? 'sourceNamed' : 'sourceAnonymous'),
                            tp('sourceClaims', source.claimCount),
                          ])}
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </section>

        {analysis.nonResponses.length > 0 && (
          <section aria-labelledby="sl-declined">
            <h3 id="sl-declined">{t('sidebarDeclined')}</h3>
            <ul class="sl-plain-list">
              {analysis.nonResponses.map((nr) => (
                <Declined key={`${nr.span.block}:${nr.span.start}`} party={nr.party} text={preview(nr.text)} />
              ))}
            </ul>
          </section>
        )}

        {analysis.numbers.length > 0 && (
          <section aria-labelledby="sl-numbers">
            <h3 id="sl-numbers">{t('sidebarNumbers')}</h3>
            <ul class="sl-number-list">
              {analysis.numbers.map((number) => (
                <li key={`${number.span.block}:${number.span.start}`}>
                  <button type="button" class="sl-link-button" onClick={() => actions.showNumber(number)}>
                    {number.text}
                  </button>{' '}
                  <span class="sl-muted">{numberKindLabel(number.kind)}</span>
                </li>
              ))}
            </ul>
          </section>
        )}

        <section aria-labelledby="sl-export">
          <h3 id="sl-export">{t('sidebarExport')}</h3>
          <div class="sl-row">
            <button type="button" class="sl-button" onClick={() => actions.copy('markdown')}>
              {t('sidebarCopyMarkdown')}
            </button>
            <button type="button" class="sl-button" onClick={() => actions.copy('json')}>
              {t('sidebarCopyJson')}
            </button>
          </div>
        </section>
        <p class="sl-status" role="status">
          {state.status}
        </p>
      </div>
    </aside>
  );
}

/** "4 sources, 5 attributed claims, 2 numbers", the sources in bold wherever the language puts them. */
function GlanceLine({ sources, claims, numbers }: { sources: number; claims: number; numbers: number }) {
  const line = t(
    'sidebarGlanceLine',
    PART_MARK,
    tp('sidebarGlanceClaims', claims),
    tp('sidebarGlanceNumbers', numbers),
  );
  const [before, after] = splitAtPart(line);
  return (
    <>
      {before}
      <strong>{tp('sidebarGlanceSources', sources)}</strong>
      {after}
    </>
  );
}

/** "The Pentagon: The Pentagon declined to comment.", the party in bold. */
function Declined({ party, text }: { party: string; text: string }) {
  const [before, after] = splitAtPart(t('sidebarDeclinedEntry', PART_MARK, text));
  return (
    <li>
      {before}
      <strong>{party}</strong>
      {after}
    </li>
  );
}

/** What a claim's cue reports, when it is not speech: "belief or estimate", "intention", "position taken". */
function ClaimKind({ kind }: { kind: AttributionKind }) {
  return kind === 'speech' ? null : <span class="sl-claim-kind">{cueKindLabel(kind)}</span>;
}

function FocusNav({
  analysis,
  sourceId,
  index,
  actions,
}: {
  analysis: Analysis;
  sourceId: string;
  index: number;
  actions: OnPageActions;
}) {
  const source = sourceById(analysis, sourceId);
  const claims = claimsOf(analysis, sourceId);
  if (!source) return null;
  const category: SourceCategory = source.category;
  return (
    <section class="sl-focus" aria-labelledby="sl-focus-title">
      <h3 id="sl-focus-title">
        <span class={`sl-swatch sl-cat-${category}`} aria-hidden="true" />
        {source.name}
      </h3>
      <p class="sl-muted">
        {joinMeta([source.role, t(source.named ? 'sourceNamed' : 'sourceAnonymous'), categoryLabel(category)])}
      </p>
      {claims.length > 0 && (
        <div class="sl-row">
          {/* Stepping needs two claims or more: with one, Previous and Next would do nothing. */}
          {claims.length > 1 && (
            <button type="button" class="sl-button" onClick={() => actions.stepFocus(-1)}>
              {t('focusPrevious')}
            </button>
          )}
          <span class="sl-counter" aria-live="polite">
            {t('focusCounter', String(Math.min(index + 1, claims.length)), String(claims.length))}
          </span>
          {claims.length > 1 && (
            <button type="button" class="sl-button" onClick={() => actions.stepFocus(1)}>
              {t('focusNext')}
            </button>
          )}
          <button type="button" class="sl-button sl-quiet" onClick={() => actions.focusSource(null)}>
            {t('focusShowAll')}
          </button>
        </div>
      )}
      <ol class="sl-claim-list">
        {claims.map((claim, i) => (
          <li key={claim.id}>
            <button
              type="button"
              class="sl-claim"
              aria-current={i === index ? 'true' : undefined}
              onClick={() => actions.showClaim(claim)}
            >
              {preview(claim.text)}
              <ClaimKind kind={cueOf(claim, sourceId).cueKind} />
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
