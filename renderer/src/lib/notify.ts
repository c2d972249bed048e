import { notifications } from '@mantine/notifications';
import i18n from '../i18n/index';
import { errorText } from '../api/errors';

const closeButtonProps = () => ({ 'aria-label': i18n.t('app.close') });
export const ok = (message: string) =>
  notifications.show({ color: 'teal', message, autoClose: 3000, closeButtonProps: closeButtonProps() });
export const fail = (e: unknown) =>
  notifications.show({
    color: 'red',
    message: errorText(e),
    autoClose: 8000,
    closeButtonProps: closeButtonProps(),
  });
