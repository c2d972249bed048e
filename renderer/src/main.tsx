import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import '@mantine/core/styles.css';
import '@fontsource/noto-sans-devanagari/400.css';
import '@fontsource/noto-sans-devanagari/600.css';
import { App } from './app/App';

createRoot(document.getElementById('root')!).render(
  <MantineProvider theme={{ fontFamily: '"Noto Sans Devanagari", sans-serif' }}>
    <App />
  </MantineProvider>,
);
