// The source sidebar: the breakdown at a glance, sources by category (click one to highlight only its claims
// and step through them), parties that declined to comment, the article's numbers, and the exports.
import { useEffect, useRef } from 'preact/hooks';
import type { Analysis, SourceCategory } from '@/utils/analysis/types';
import { ArticleChoice } from './ArticleChoice';
import { AttributionNotice } from './AttributionNotice';
import { breakdown, CATEGORY_LABELS, claimsOf, sourceById } from './model';
import type { OnPageActions, OnPageState } from './types';

/** Claims longer than this are cut in the list (the whole sentence is one click away on the page). */
const CLAIM_PREVIEW_CHARS = 140;

function preview(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > CLAIM_PREVIEW_CHARS ? `${clean.slice(0, CLAIM_PREVIEW_CHARS - 1)}…` : clean;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
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
          Sources in this article
        </h2>
        <button type="button" class="sl-icon-button" onClick={() => actions.setSidebar(false)}>
          <span aria-hidden="true">×</span>
          <span class="sl-visually-hidden">Close Sourcelight sidebar</span>
        </button>
      </header>
      <div class="sl-sidebar-body">
        <ArticleChoice state={state} actions={actions} />
        <section aria-labelledby="sl-glance">
          <h3 id="sl-glance">At a glance</h3>
          {state.reading && (
            <p class="sl-reading">
              Reading the article… {state.reading.done} of {plural(state.reading.total, 'paragraph')}
            </p>
          )}
          <AttributionNotice support={analysis.attribution} />
          <p class="sl-glance-line">
            {analysis.attribution.available ? (
              <>
                <strong>{plural(b.sources, 'source')}</strong>, {plural(b.claims, 'attributed claim')},{' '}
                {plural(b.numbers, 'number')}
              </>
            ) : (
              <strong>{plural(b.numbers, 'number')}</strong>
            )}
          </p>
          {b.sources > 0 && (
            <div class="sl-named">
              <p>
                {b.named} named · {b.anonymous} anonymous ({b.namedPercent}% named)
              </p>
              <div class="sl-bar sl-bar-split" aria-hidden="true">
                <span class="sl-bar-named" style={{ width: `${b.namedPercent}%` }} />
              </div>
            </div>
          )}
          {b.byCategory.length > 0 && (
            <table class="sl-categories">
              <caption class="sl-visually-hidden">Sources by category</caption>
              <thead class="sl-visually-hidden">
                <tr>
                  <th scope="col">Category</th>
                  <th scope="col">Sources</th>
                  <th scope="col">Share</th>
                </tr>
              </thead>
              <tbody>
                {b.byCategory.map((row) => (
                  <tr key={row.category}>
                    <th scope="row">
                      <span class={`sl-swatch sl-cat-${row.category}`} aria-hidden="true" />
                      {row.label}
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
          <h3 id="sl-sources">Sources</h3>
          {b.groups.length === 0 &&
            (analysis.attribution.available ? (
              <p class="sl-muted">No attributed sources found.</p>
            ) : (
              <AttributionNotice support={analysis.attribution} />
            ))}
          {b.groups.map((group) => (
            <div key={group.category} class="sl-group">
              <h4>
                <span class={`sl-swatch sl-cat-${group.category}`} aria-hidden="true" />
                {group.label} <span class="sl-muted">({group.sources.length})</span>
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
                          {source.role ? `${source.role} · ` : ''}
                          {source.named ? 'named' : 'anonymous'} · {plural(source.claimCount, 'claim')}
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
            <h3 id="sl-declined">Declined to comment</h3>
            <ul class="sl-plain-list">
              {analysis.nonResponses.map((nr) => (
                <li key={`${nr.span.block}:${nr.span.start}`}>
                  <strong>{nr.party}</strong>: {preview(nr.text)}
                </li>
              ))}
            </ul>
          </section>
        )}

        {analysis.numbers.length > 0 && (
          <section aria-labelledby="sl-numbers">
            <h3 id="sl-numbers">Numbers</h3>
            <ul class="sl-number-list">
              {analysis.numbers.map((number) => (
                <li key={`${number.span.block}:${number.span.start}`}>
                  <button type="button" class="sl-link-button" onClick={() => actions.showNumber(number)}>
                    {number.text}
                  </button>{' '}
                  <span class="sl-muted">{number.kind}</span>
                </li>
              ))}
            </ul>
          </section>
        )}

        <section aria-labelledby="sl-export">
          <h3 id="sl-export">Export</h3>
          <div class="sl-row">
            <button type="button" class="sl-button" onClick={() => actions.copy('markdown')}>
              Copy as Markdown
            </button>
            <button type="button" class="sl-button" onClick={() => actions.copy('json')}>
              Copy as JSON
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
        {[source.role, source.named ? 'named' : 'anonymous', CATEGORY_LABELS[category]].filter(Boolean).join(' · ')}
      </p>
      {claims.length > 0 && (
        <div class="sl-row">
          {/* Stepping needs two claims or more: with one, Previous and Next would do nothing. */}
          {claims.length > 1 && (
            <button type="button" class="sl-button" onClick={() => actions.stepFocus(-1)}>
              Previous
            </button>
          )}
          <span class="sl-counter" aria-live="polite">
            Claim {Math.min(index + 1, claims.length)} of {claims.length}
          </span>
          {claims.length > 1 && (
            <button type="button" class="sl-button" onClick={() => actions.stepFocus(1)}>
              Next
            </button>
          )}
          <button type="button" class="sl-button sl-quiet" onClick={() => actions.focusSource(null)}>
            Show all
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
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
