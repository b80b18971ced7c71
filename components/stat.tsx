/** One labelled number in a summary grid, and the camera's figures every summary shows. */
import { i18n } from '#i18n';
import { formatMinutes, formatShare } from './format';

export function Stat({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div class="stat" data-testid={testId}>
      <div class="stat-value">{value}</div>
      <div class="stat-label">{label}</div>
    </div>
  );
}

/**
 * What the camera measured over a period: minutes monitored, the share of them with the head
 * forward (null: nothing to share out), and posture nudges.
 */
export function CameraStats(props: {
  monitoredMin: number;
  forwardShare: number | null;
  nudges: number;
}) {
  return (
    <>
      <Stat
        label={i18n.t('statMonitored')}
        value={formatMinutes(props.monitoredMin)}
        testId="stat-monitored"
      />
      <Stat
        label={i18n.t('statForwardShare')}
        value={formatShare(props.forwardShare)}
        testId="stat-forward"
      />
      <Stat label={i18n.t('statNudges')} value={String(props.nudges)} testId="stat-nudges" />
    </>
  );
}
