import { Field, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { registerTabConfig } from '../teams-actions';
import type { Route } from '../../plans/tab-routes';
import { useServices } from './services';

const CHOICES: Record<'plans' | 'supervisor', { route: Route; name: string; label: string }> = {
  plans: {
    route: { view: 'plans' },
    name: 'SMART Plans',
    label: 'Plans: open a plan in a core group meeting',
  },
  supervisor: {
    route: { view: 'supervisor' },
    name: 'Plan reviews due',
    label: "Supervision: the team's due and overdue reviews",
  },
};

/** The configurable tab's settings page (channel, chat and meeting tabs). */
export function ConfigView() {
  const { host } = useServices();
  const [choice, setChoice] = useState<'plans' | 'supervisor'>('plans');
  const chosen = useRef(choice);
  chosen.current = choice;
  const [setValid, setSetValid] = useState<(valid: boolean) => void>();

  useEffect(() => {
    if (!host.inTeams) return;
    const validity = registerTabConfig(() => CHOICES[chosen.current]);
    setSetValid(() => validity);
    validity(true);
  }, [host.inTeams]);
  useEffect(() => setValid?.(true), [choice, setValid]);

  return (
    <section aria-labelledby="config-heading">
      <h2 id="config-heading">Set up the SMART Plans tab</h2>
      {!host.inTeams && (
        <Text>This page is used by Teams when the tab is added to a channel, chat or meeting.</Text>
      )}
      <Field label="What should the tab show?">
        <RadioGroup
          value={choice}
          onChange={(_, d) => setChoice(d.value as 'plans' | 'supervisor')}
        >
          {Object.entries(CHOICES).map(([value, c]) => (
            <Radio key={value} value={value} label={c.label} />
          ))}
        </RadioGroup>
      </Field>
    </section>
  );
}
