import type { ReactNode } from 'react';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A dialog's foot: Cancel, then the dialog's own button(s), on the right. It sticks to the bottom of a dialog
 * taller than the screen (a long section list at 768 px), so the buttons never scroll out of reach.
 */
export function DialogButtons({ onCancel, children }: { onCancel: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" pos="sticky" bottom={0} py="xs" bg="var(--mantine-color-body)" style={{ zIndex: 1 }}>
      <Button variant="default" onClick={onCancel}>
        {t('app.cancel')}
      </Button>
      {children}
    </Group>
  );
}
