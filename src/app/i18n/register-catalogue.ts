import { registerMessages } from '@/lib/i18n/messages';

import { en } from './catalogue-en';

// Imported for its effect by every app module that renders text before the router does
// (provider.tsx, config-error-page.tsx): src/lib cannot import the app's catalogue, so the
// app hands it over once, before the first render.
registerMessages(en, { 'fr-FR': () => import('./catalogue-fr').then((module) => module.fr) });
