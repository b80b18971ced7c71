/** Organization policy values that were invalid and ignored, in plain words. */
import { i18n } from '#i18n';
import { describePolicyIssue, type PolicyIssue } from '../../lib/settings-policy';
import { td } from '../../components/i18n-dynamic';

/** Plain-words line for one issue ("Your organization's value for X was not valid (Y); using Z"). */
export function policyIssueText(issue: PolicyIssue): string {
  const { key, params } = describePolicyIssue(issue);
  return td(key, params);
}

export function PolicyIssues({ issues }: { issues: PolicyIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <section class="notice warn" aria-labelledby="policy-h" data-testid="policy-issues">
      <h2 id="policy-h">{i18n.t('optionsPolicyHeading')}</h2>
      <ul>
        {issues.map((i, n) => (
          <li key={n}>{policyIssueText(i)}</li>
        ))}
      </ul>
      <p class="small">{i18n.t('optionsPolicyHelp')}</p>
    </section>
  );
}
