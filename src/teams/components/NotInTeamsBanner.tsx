import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { HostContext } from '../context';

export function NotInTeamsBanner({ host }: { host: HostContext }) {
  if (host.inTeams) return null;
  return (
    <MessageBar intent="info" aria-live="off" data-testid="not-in-teams">
      <MessageBarBody>
        <MessageBarTitle>Not in Teams</MessageBarTitle>
        {host.notInTeamsReason} You are working as {host.user.name}
        {host.user.email && host.user.email !== host.user.name ? ` (${host.user.email})` : ''}.
      </MessageBarBody>
    </MessageBar>
  );
}
