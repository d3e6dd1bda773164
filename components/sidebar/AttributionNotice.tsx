// The line shown instead of "0 sources" on an article in a language the claim and source rules are not written
// for ("Claims and sources are not available for Arabic yet"): numbers are still found and highlighted there.
import type { AttributionSupport } from '@/utils/analysis/types';
import { attributionUnavailable } from './labels';

export function AttributionNotice({ support }: { support: AttributionSupport }) {
  const text = attributionUnavailable(support);
  if (text === null) return null;
  return (
    <p class="sl-attribution-notice" data-sl-attribution="unavailable">
      {text}
    </p>
  );
}
