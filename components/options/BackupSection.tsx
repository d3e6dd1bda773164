// Export all settings to a JSON file and import one back. A file is checked whole before anything is written;
// a bad one is refused with a message that says what is wrong.
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import {
  exportSettings,
  type ImportProblem,
  importSettings,
  type Settings,
  type SiteMap,
  settingsFileName,
} from '@/utils/settings';

/** How many wrong fields to name before "and N more". */
const MAX_FIELDS_LISTED = 5;

export function importProblemMessage(problem: ImportProblem): string {
  switch (problem.kind) {
    case 'too-large':
      return t('importTooLarge');
    case 'malformed-json':
      return t('importMalformedJson', problem.detail);
    case 'not-settings-file':
      return t('importNotSettingsFile');
    case 'unsupported-version':
      return t('importUnsupportedVersion', problem.found);
    case 'invalid-fields': {
      const listed = problem.fields.slice(0, MAX_FIELDS_LISTED).join(', ');
      const more = problem.fields.length - MAX_FIELDS_LISTED;
      return more > 0 ? t('importInvalidFieldsMore', listed, String(more)) : t('importInvalidFields', listed);
    }
  }
}

type Message = { kind: 'ok' | 'error'; text: string } | null;

export function BackupSection({ onImported }: { onImported(next: { settings: Settings; sites: SiteMap }): void }) {
  const [message, setMessage] = useState<Message>(null);

  const download = async () => {
    const file = await exportSettings();
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = settingsFileName();
    document.body.append(link);
    link.click();
    link.remove();
    // Revoked on the next turn: Firefox starts the download asynchronously.
    setTimeout(() => URL.revokeObjectURL(url), 0);
    setMessage({ kind: 'ok', text: t('exportDone') });
  };

  const upload = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({ kind: 'error', text: t('importUnreadable') });
      return;
    } finally {
      // Lets the reader choose the same file again after fixing it.
      input.value = '';
    }
    const result = await importSettings(text);
    if (result.ok) {
      onImported(result);
      setMessage({ kind: 'ok', text: t('importDone', String(Object.keys(result.sites).length)) });
    } else {
      setMessage({ kind: 'error', text: importProblemMessage(result.problem) });
    }
  };

  return (
    <section aria-labelledby="sl-backup-heading">
      <h2 id="sl-backup-heading">{t('optionsBackupHeading')}</h2>
      <p class="sl-help">{t('optionsBackupHelp')}</p>
      <div class="sl-backup-actions">
        <button type="button" class="sl-button" onClick={() => void download()}>
          {t('optionsExport')}
        </button>
        {/* The input stays in the tab order (visually hidden, not display:none); its label is the button
            the reader sees, and CSS draws the focus ring on the label when the input has focus. */}
        <input
          id="sl-import-file"
          class="sl-visually-hidden sl-file-input"
          type="file"
          accept="application/json,.json"
          onChange={(event) => void upload(event.currentTarget)}
        />
        <label class="sl-button" for="sl-import-file">
          {t('optionsImport')}
        </label>
      </div>
      <p
        id="sl-backup-message"
        class={message?.kind === 'error' ? 'sl-error' : 'sl-ok'}
        role={message?.kind === 'error' ? 'alert' : 'status'}
        data-sl-result={message?.kind ?? ''}
      >
        {message?.text ?? ''}
      </p>
    </section>
  );
}
