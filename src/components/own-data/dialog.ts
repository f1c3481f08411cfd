// <edu-own-data-dialog>: "Use your own data". The user chooses or drops their
// files (schools, population, reported); the build runs in a Web Worker on
// this device (src/own-data/client.ts) with progress and cancel; problems are
// listed as the CLI prints them; a build is shown in the atlas, and can be kept
// in this browser or downloaded as a site data folder. Loaded on first use.

import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { saveBlob } from '../../app/download';
import { formatExactCount, languageTag, type Locale } from '../../format';
import { ownDataStrings, type OwnDataStrings } from '../../i18n/own-data';
import { startOwnBuild, type BuildOutcome, type OwnBuild } from '../../own-data/client';
import type { BuildProgress, PublishedFiles } from '../../own-data/protocol';
import { buildInputs, missingRoles, placeFiles } from '../../own-data/roles';
import { SITE_ZIP_NAME, siteDataZip } from '../../own-data/site-zip';
import { forgetBuild, keepBuild } from '../../own-data/store';
import { dialogFrameStyles } from '../../embed/dialog-styles';
import { ownDataStyles } from './styles';
import type { OwnDataHost } from './session';
import { filesTemplate, problemsTemplate, type RefusedBuild } from './templates';

type Phase =
  | { kind: 'choose' }
  | { kind: 'building'; progress: BuildProgress | null }
  | { kind: 'refused'; refused: RefusedBuild }
  | { kind: 'failed'; message: string }
  | {
      kind: 'built';
      rowsRead: number;
      seconds: number;
      info: string[];
      rejected: Uint8Array | null;
    };

/** The element focused before the dialog opened, through shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

export class EduOwnDataDialog extends LitElement {
  static override styles = [dialogFrameStyles, ownDataStyles];
  static override properties: PropertyDeclarations = {
    host: { attribute: false },
    files: { state: true },
    skipInvalid: { state: true },
    phase: { state: true },
    note: { state: true },
  };

  declare host: OwnDataHost | null;
  declare files: File[];
  declare skipInvalid: boolean;
  declare phase: Phase;
  /** The outcome of keep / forget, read out. */
  declare note: string;
  private build: OwnBuild | null = null;
  private returnFocus: HTMLElement | null = null;

  constructor() {
    super();
    this.host = null;
    this.files = [];
    this.skipInvalid = false;
    this.phase = { kind: 'choose' };
    this.note = '';
  }

  private get locale(): Locale {
    return this.host?.locale ?? 'zh';
  }

  private get s(): OwnDataStrings {
    return ownDataStrings[this.locale];
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** Opens the dialog (again), adding `files` to those chosen. */
  async show(files: readonly File[] = []): Promise<void> {
    if (files.length) this.addFiles(files);
    await this.updateComplete;
    const dialog = this.dialog;
    if (dialog && !dialog.open) {
      this.returnFocus = deepActiveElement();
      dialog.showModal();
    }
  }

  close(): void {
    this.dialog?.close();
  }

  private addFiles(files: readonly File[]): void {
    if (this.phase.kind === 'building') return;
    // A file chosen again replaces the earlier one of that name.
    const names = new Set(files.map((f) => f.name));
    this.files = [...this.files.filter((f) => !names.has(f.name)), ...files];
    if (this.phase.kind !== 'choose') this.phase = { kind: 'choose' };
    this.note = '';
  }

  private onClosed = (): void => {
    // Closing stops a build: nothing half-read stays behind.
    if (this.build) this.cancel();
    const target = this.returnFocus;
    this.returnFocus = null;
    if (target?.isConnected) target.focus();
  };

  /** Tab and Shift+Tab go round the dialog's controls and never leave it. */
  private onKeydown = (e: KeyboardEvent): void => {
    if (e.key !== 'Tab') return;
    const controls = [
      ...this.renderRoot.querySelectorAll<HTMLElement>(
        'dialog button:not([disabled]), dialog input:not([disabled]), dialog a[href], dialog [tabindex="0"]',
      ),
    ];
    const first = controls[0];
    const last = controls[controls.length - 1];
    if (!first || !last) return;
    const active = (this.renderRoot as ShadowRoot).activeElement;
    if (e.shiftKey && (active === first || !active)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (active === last || !active)) {
      e.preventDefault();
      first.focus();
    }
  };

  private onChoose = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    this.addFiles([...(input.files ?? [])]);
    input.value = '';
  };

  private async startBuild(): Promise<void> {
    const { placed } = placeFiles(this.files);
    if (missingRoles(placed).length || this.phase.kind === 'building') return;
    this.phase = { kind: 'building', progress: null };
    this.note = '';
    const build = (this.build = startOwnBuild(buildInputs(placed), this.skipInvalid, (progress) => {
      if (this.build === build) this.phase = { kind: 'building', progress };
    }));
    const outcome = await build.outcome;
    if (this.build !== build) return;
    this.build = null;
    await this.settle(
      outcome,
      placed.map((p) => p.file.name),
    );
  }

  private async settle(outcome: BuildOutcome, inputs: string[]): Promise<void> {
    switch (outcome.type) {
      case 'problems':
        this.phase = { kind: 'refused', refused: outcome };
        break;
      case 'failed':
        this.phase = { kind: 'failed', message: outcome.message };
        break;
      case 'built':
        this.phase = {
          kind: 'built',
          rowsRead: outcome.rowsRead,
          seconds: outcome.seconds,
          info: outcome.info,
          rejected: outcome.rejected,
        };
        // Its actions (zip, keep) need the data on screen first.
        await this.host?.show(outcome.files, inputs);
        this.requestUpdate();
        break;
    }
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('[data-outcome]')?.focus(),
    );
  }

  private cancel = (): void => {
    const build = this.build;
    this.build = null;
    build?.cancel();
    this.phase = { kind: 'failed', message: this.s.cancelled };
  };

  private downloadZip(files: PublishedFiles): void {
    saveBlob(
      SITE_ZIP_NAME,
      new Blob([siteDataZip(files) as BlobPart], { type: 'application/zip' }),
    );
  }

  private async keep(): Promise<void> {
    const current = this.host?.current();
    if (!current) return;
    try {
      await keepBuild(current.files, current.inputs);
      this.host?.setKept(true);
      this.note = this.s.kept;
    } catch {
      this.note = this.s.keepFailed;
    }
  }

  private async forget(): Promise<void> {
    await forgetBuild().catch(() => undefined);
    this.host?.setKept(false);
    this.note = this.s.forgotten;
  }

  private chooserTemplate(): TemplateResult {
    const s = this.s;
    const placement = placeFiles(this.files);
    const missing = missingRoles(placement.placed);
    return html`<section class="choose" aria-labelledby="own-files-label">
      <p class="muted">${s.expects}</p>
      <h3 id="own-files-label">${s.chosen}</h3>
      <!-- The native picker's own words follow the browser's language, not the page's:
           a button in the page's language opens it. -->
      <input
        id="own-files"
        type="file"
        multiple
        hidden
        accept=".csv,.gz,.xlsx,text/csv,application/gzip,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        @change=${this.onChoose}
      />
      <button
        type="button"
        class="choose-button"
        @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#own-files')?.click()}
      >
        ${s.choose}
      </button>
      <p class="muted small">${s.dropHere}</p>
      ${filesTemplate(s, placement, (file) => {
        this.files = this.files.filter((f) => f !== file);
      })}
      ${
        this.files.length && missing.length
          ? html`<p class="missing">
              ${s.missing(missing.map((r) => s.role[r]).join(this.locale === 'zh' ? '、' : ', '))}
            </p>`
          : nothing
      }
      <div class="check">
        <input
          id="own-skip"
          type="checkbox"
          .checked=${this.skipInvalid}
          aria-describedby="own-skip-note"
          @change=${(e: Event) => (this.skipInvalid = (e.target as HTMLInputElement).checked)}
        />
        <label for="own-skip">${s.skipInvalid}</label>
        <p id="own-skip-note" class="muted small">${s.skipInvalidNote}</p>
      </div>
      <div class="actions">
        <button
          type="button"
          class="primary"
          ?disabled=${missing.length > 0}
          @click=${() => void this.startBuild()}
        >
          ${s.build}
        </button>
      </div>
    </section>`;
  }

  private progressTemplate(progress: BuildProgress | null): TemplateResult {
    const s = this.s;
    const locale = this.locale;
    return html`<section class="building">
      <label for="own-progress">${s.progressLabel}</label>
      <progress id="own-progress" max="1" .value=${progress?.fraction ?? 0}></progress>
      <p class="progress-text" role="status">
        ${
          progress
            ? html`${s.step(progress.step)} ·
              ${s.progress(
                formatExactCount(progress.rowsRead, locale),
                formatExactCount(progress.rowsPerSecond, locale),
              )}`
            : nothing
        }
      </p>
      <div class="actions">
        <button type="button" @click=${this.cancel}>${s.cancel}</button>
      </div>
    </section>`;
  }

  private resultTemplate(phase: Extract<Phase, { kind: 'built' }>): TemplateResult {
    const s = this.s;
    const seconds = phase.seconds.toFixed(1);
    return html`<section class="built">
      <p class="outcome ok" tabindex="-1" data-outcome role="status">
        ${s.built(formatExactCount(phase.rowsRead, this.locale), seconds)} ${s.shown}
      </p>
      ${
        phase.info.length
          ? html`<ul class="info">
              ${phase.info.map((line) => html`<li><code>${line}</code></li>`)}
            </ul>`
          : nothing
      }
      ${
        phase.rejected
          ? html`<p>
              <button
                type="button"
                class="rejected"
                @click=${() =>
                  saveBlob(
                    'rejected.csv',
                    new Blob([phase.rejected as BlobPart], { type: 'text/csv' }),
                  )}
              >
                ${s.rejected}
              </button>
            </p>`
          : nothing
      }
    </section>`;
  }

  /** Zip, keep or forget, back to the published data: for the user's data on screen. */
  private currentTemplate(): TemplateResult | typeof nothing {
    const current = this.host?.current();
    if (!current) return nothing;
    const s = this.s;
    return html`<section class="current">
      <div class="actions wrap">
        <button type="button" class="zip" @click=${() => this.downloadZip(current.files)}>
          ${s.zip}
        </button>
        ${
          current.kept
            ? html`<button type="button" class="forget" @click=${() => void this.forget()}>
                ${s.forget}
              </button>`
            : html`<button type="button" class="keep" @click=${() => void this.keep()}>
                ${s.keep}
              </button>`
        }
        <button
          type="button"
          class="leave"
          @click=${() => {
            this.host?.leave();
            this.phase = { kind: 'choose' };
            this.note = '';
          }}
        >
          ${s.backToPublished}
        </button>
      </div>
      <p class="muted small">${s.zipNote}</p>
      <p class="note" role="status">${this.note}</p>
    </section>`;
  }

  private body(): TemplateResult {
    const phase = this.phase;
    const s = this.s;
    switch (phase.kind) {
      case 'building':
        return this.progressTemplate(phase.progress);
      case 'built':
        return html`${this.resultTemplate(phase)} ${this.currentTemplate()}`;
      case 'refused':
        return html`<div tabindex="-1" data-outcome>
            ${problemsTemplate(s, this.locale, phase.refused)}
          </div>
          ${this.chooserTemplate()}`;
      case 'failed':
        return html`<p class="outcome error" tabindex="-1" data-outcome role="alert">
            ${phase.message === s.cancelled ? phase.message : s.failed(phase.message)}
          </p>
          ${this.chooserTemplate()}`;
      case 'choose':
        return html`${this.currentTemplate()} ${this.chooserTemplate()}`;
    }
  }

  override render(): TemplateResult {
    const s = this.s;
    return html`<dialog
      aria-labelledby="own-title"
      lang=${languageTag(this.locale)}
      @close=${this.onClosed}
      @keydown=${this.onKeydown}
    >
      <form method="dialog" class="head">
        <h2 id="own-title">${s.title}</h2>
        <button value="close" aria-label=${s.close}>×</button>
      </form>
      <div class="body">
        <p class="privacy">${s.privacy}</p>
        ${this.body()}
      </div>
    </dialog>`;
  }
}

if (!customElements.get('edu-own-data-dialog'))
  customElements.define('edu-own-data-dialog', EduOwnDataDialog);

declare global {
  interface HTMLElementTagNameMap {
    'edu-own-data-dialog': EduOwnDataDialog;
  }
}

/** Opens the one own-data dialog of the page, adding `files` (dropped) to those chosen. */
export async function openOwnDataDialog(
  host: OwnDataHost,
  files: readonly File[] = [],
): Promise<void> {
  let dialog = document.querySelector('edu-own-data-dialog');
  if (!dialog) {
    dialog = document.createElement('edu-own-data-dialog');
    document.body.append(dialog);
  }
  dialog.host = host;
  dialog.requestUpdate();
  await dialog.show(files);
}
