import { Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings, type Localized } from '../i18n/i18n';

const STRINGS: Localized<{ previous: string; next: string }> = {
  fr: { previous: 'Semaine précédente', next: 'Semaine suivante' },
  en: { previous: 'Previous week', next: 'Next week' },
};

const useStyles = makeStyles({
  bar: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr) auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
  },
  label: { display: 'flex', flexDirection: 'column', alignItems: 'center', margin: 0 },
  range: { color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
});

/** `‹ Semaine 47 (16–22 nov. 2026) ›`: the week shown and the way to its neighbours. */
export function WeekSwitcher(props: {
  label: { title: string; range: string };
  disabled: boolean;
  onChange(delta: number): void;
}) {
  const styles = useStyles();
  const s = useStrings(STRINGS);
  return (
    <div className={styles.bar}>
      <Button
        appearance="subtle"
        aria-label={s.previous}
        title={s.previous}
        disabled={props.disabled}
        onClick={() => props.onChange(-1)}
      >
        ‹
      </Button>
      <h2 className={styles.label} aria-live="polite">
        <Text weight="semibold">{props.label.title}</Text>
        <Caption1 className={styles.range}>{props.label.range}</Caption1>
      </h2>
      <Button
        appearance="subtle"
        aria-label={s.next}
        title={s.next}
        disabled={props.disabled}
        onClick={() => props.onChange(1)}
      >
        ›
      </Button>
    </div>
  );
}
