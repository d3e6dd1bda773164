// The options page's entry: language and direction first, then the Preact app.
import { render } from 'preact';
import { Options } from '@/components/options/Options';
import { applyUiLanguage, t } from '@/utils/i18n';
import '@/components/popup/theme.css';
import '@/components/options/options.css';

applyUiLanguage();
document.title = t('optionsTitle');
render(<Options />, document.getElementById('app') as HTMLElement);
