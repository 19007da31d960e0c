/** Entity chunking rules that the fixtures do not pin down on their own. */
import { describe, expect, it } from 'vitest';
import { extractSync } from '../src/pipeline.js';

const orgs = (text: string) => extractSync({ text }).organizations.map((o) => o.name);

describe('organization names holding a list', () => {
  it('keep a serial list of subject words after "of" or "on"', () => {
    expect(orgs('Guidance was published today by the Ministry of Housing, Communities and Local Government.')).toContain(
      'Ministry of Housing, Communities and Local Government',
    );
    expect(orgs('He chairs the Senate Committee on Agriculture, Nutrition, and Forestry in Washington.')).toContain(
      'Senate Committee on Agriculture, Nutrition, and Forestry',
    );
  });

  it('stop at the comma when the list names organizations, places or people', () => {
    const names = orgs('Experts from the Department of Energy, Microsoft and Cisco attended.');
    expect(names).toContain('Department of Energy');
    expect(names).not.toContain('Department of Energy, Microsoft and Cisco');
    expect(orgs('The Ministry of Defence, Latvia and Estonia signed the memorandum.')).toContain('Ministry of Defence');
  });
});
