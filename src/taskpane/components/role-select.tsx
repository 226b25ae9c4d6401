import { Select, type SelectProps } from '@fluentui/react-components';
import { ROLES, ROLE_NAMES, type Role } from '../../core/role-catalogs';
import { useI18n } from '../i18n/i18n';

/**
 * The roles whose starting catalogs Centaure offers (core/role-catalogs), in the user's
 * language, after a first line for "no role": the first-run card and the Tasks view's
 * starting catalog pick from the same list.
 */
export function RoleSelect(props: {
  value: Role | '';
  /** The first line's text, for no role ("Choose a role…", "I will choose later"). */
  noRole: string;
  onChange(role: Role | ''): void;
  disabled?: boolean;
  className?: string;
  select?: SelectProps['select'];
}) {
  const { say } = useI18n();
  return (
    <Select
      className={props.className}
      select={props.select}
      value={props.value}
      disabled={props.disabled}
      onChange={(_event, data) => props.onChange(ROLES.find((role) => role === data.value) ?? '')}
    >
      <option value="">{props.noRole}</option>
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {say(ROLE_NAMES[role])}
        </option>
      ))}
    </Select>
  );
}
