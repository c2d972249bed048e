import { createRoot } from 'react-dom/client';
import { Badge, MantineProvider, createTheme } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/dates/styles.css';
import 'dayjs/locale/hi';
import '@fontsource/noto-sans-devanagari/400.css';
import '@fontsource/noto-sans-devanagari/600.css';
import './i18n/index';
import './app/app.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/App';
import { queryClient } from './api/queries';

const theme = createTheme({
  fontFamily: '"Noto Sans Devanagari", "Noto Sans", sans-serif',
  headings: { fontFamily: '"Noto Sans Devanagari", "Noto Sans", sans-serif' },
  primaryColor: 'indigo',
  primaryShade: 8,
  autoContrast: true,
  defaultRadius: 'sm',
  // Devanagari has no capitals; Latin labels stay as written too.
  components: { Badge: Badge.extend({ styles: { root: { textTransform: 'none' } } }) },
});

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={queryClient}>
    <MantineProvider theme={theme}>
      <Notifications position="top-right" />
      <App />
    </MantineProvider>
  </QueryClientProvider>,
);
