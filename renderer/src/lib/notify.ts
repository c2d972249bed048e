import { notifications } from '@mantine/notifications';

export const ok = (message: string) => notifications.show({ color: 'green', message, autoClose: 3000 });
export const fail = (e: unknown) => notifications.show({ color: 'red', message: e instanceof Error ? e.message : String(e), autoClose: 8000 });
