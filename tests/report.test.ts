// The terminal report (npm run analyze): what it prints of each claim.
import { describe, expect, it } from 'vitest';
import { formatReport } from '../tools/report';
import { sampleWithKinds } from './components/sidebar-fixture';

describe('the terminal report', () => {
  it('prints each claim with its cue, and what the cue reports when that is not speech', () => {
    const report = formatReport('story.html', sampleWithKinds());
    expect(report).toContain('    - The group is weakened, Numan said.  [said]\n');
    expect(report).toContain('    - Numan said more troops were sent.  [believes · belief or estimate]\n');
    expect(report).toContain('    - Katz said attacks rose.  [plans to · intention]\n');
  });
});
