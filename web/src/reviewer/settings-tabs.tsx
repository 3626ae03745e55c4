import { NavLink } from 'react-router';
import { useSession } from './session';

export function SettingsTabs() {
  const { can } = useSession();
  return (
    <nav className="tabs" aria-label="Settings">
      <NavLink to="/app/settings/team">Team</NavLink>
      {can('api_keys:manage') && <NavLink to="/app/settings/api-keys">API keys</NavLink>}
      {can('webhooks:manage') && <NavLink to="/app/settings/webhooks">Webhooks</NavLink>}
      {can('webhooks:manage') && <NavLink to="/app/settings/integrations">Integrations</NavLink>}
      {can('candidates:read') && <NavLink to="/app/settings/decision-emails">Decision emails</NavLink>}
    </nav>
  );
}
