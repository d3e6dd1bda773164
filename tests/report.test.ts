// The terminal report (npm run analyze): what it prints of each claim.
import { describe, expect, it } from 'vitest';
import { formatReport } from '../tools/report';
import { sampleWithKinds } from './components/sidebar-fixture';

describe('the terminal report', () => {
  it('prints each claim with its cue, and what the cue reports when that is not speech', () => {
    const report = formatReport('story.html', sampleWithKinds());
    expect(report).toContain('    - The fleet is weakened, Faydi said.  [said]\n');
    expect(report).toContain('    - Faydi said more ferries were sent.  [believes · belief or estimate]\n');
    expect(report).toContain('    - Quint said tolls rose.  [plans to · intention]\n');
  });
});
