// <edu-share-dialog>: a native <dialog> that offers the current atlas view as
// a link, iframe code (with the resize script), script-embed code and a static
// image, each with a copy button, and a live preview of the iframe embed.
//
//   const dialog = document.createElement('edu-share-dialog');
//   Object.assign(dialog, { spec, siteUrl, latestYear });
//   document.body.append(dialog); dialog.show();

import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Locale } from '../format';
import { DEFAULT_VIEW, type ViewSpec } from '../view/spec';
import { embedFrameUrl, folderUrl } from './links';
import { dialogFrameStyles } from './dialog-styles';
import { shareDialogStyles } from './share-dialog-styles';
import { frameId, iframeSnippet, imageSnippet, linkSnippet, scriptSnippet } from './snippets';
import { shareStrings } from '../i18n/embed-share';

interface Snippet {
  key: string;
  label: string;
  code: string;
}

export class EduShareDialog extends LitElement {
  static override styles = [dialogFrameStyles, shareDialogStyles];
  static override properties: PropertyDeclarations = {
    spec: { attribute: false },
    place: { attribute: false },
    siteUrl: { attribute: 'site-url' },
    latestYear: { attribute: false },
    copied: { state: true },
  };

  /** The view on screen, with its year and base year filled in. */
  declare spec: ViewSpec;
  /** The place the view shows (鹤壁市), for the embed's title; '' when unknown. */
  declare place: string;
  /** The atlas's public URL (folder), e.g. https://atlas.example.org/. */
  declare siteUrl: string;
  /** Latest year of the metric: static images exist for it only. */
  declare latestYear: number | null;
  declare copied: { key: string; selected: boolean } | null;

  constructor() {
    super();
    this.spec = DEFAULT_VIEW;
    this.place = '';
    this.siteUrl = new URL('./', location.href).href;
    this.latestYear = null;
    this.copied = null;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  async show(): Promise<void> {
    await this.updateComplete;
    this.dialog?.showModal();
  }

  close(): void {
    this.dialog?.close();
  }

  private get locale(): Locale {
    return this.spec.lang;
  }

  private snippets(): Snippet[] {
    const s = shareStrings[this.locale];
    const site = folderUrl(this.siteUrl);
    const image = imageSnippet(site, this.spec, this.latestYear ?? this.spec.year, this.place);
    return [
      { key: 'link', label: s.link, code: linkSnippet(site, this.spec) },
      { key: 'iframe', label: s.iframe, code: iframeSnippet(site, this.spec, this.place) },
      { key: 'script', label: s.script, code: scriptSnippet(site, this.spec) },
      ...(image ? [{ key: 'image', label: s.image, code: image.html }] : []),
    ];
  }

  private async copy(key: string, code: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(code);
      this.copied = { key, selected: false };
    } catch {
      // No clipboard (insecure context, old WebView): select the text for Ctrl+C.
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>(
        `textarea[data-key="${key}"]`,
      );
      area?.focus();
      area?.select();
      this.copied = { key, selected: true };
    }
  }

  private snippetTemplate(snippet: Snippet): TemplateResult {
    const s = shareStrings[this.locale];
    const copied = this.copied?.key === snippet.key ? this.copied : null;
    const id = `code-${snippet.key}`;
    return html`<div class="snippet">
      <label for=${id}>${snippet.label}</label>
      <div class="row">
        <textarea
          id=${id}
          data-key=${snippet.key}
          readonly
          rows=${snippet.key === 'link' ? 2 : 4}
          .value=${snippet.code}
        ></textarea>
        <button type="button" @click=${() => this.copy(snippet.key, snippet.code)}>
          ${s.copy}
        </button>
      </div>
      <div class="status" role="status">
        ${copied ? (copied.selected ? s.selectToCopy : s.copied) : ''}
      </div>
    </div>`;
  }

  override render(): TemplateResult {
    const s = shareStrings[this.locale];
    const snippets = this.snippets();
    const preview = embedFrameUrl(folderUrl(this.siteUrl), this.spec, frameId(this.spec));
    return html`<dialog aria-labelledby="share-title" lang=${this.locale === 'zh' ? 'zh-CN' : 'en'}>
      <form method="dialog" class="head">
        <h2 id="share-title">${s.title}</h2>
        <button value="close" aria-label=${s.close}>×</button>
      </form>
      <div class="body">
        <div class="codes">
          ${snippets.map((snippet) => this.snippetTemplate(snippet))}
          ${snippets.some((x) => x.key === 'image') ? nothing : html`<p class="note">${s.imageNote}</p>`}
        </div>
        <section class="preview" aria-label=${s.preview}>
          <h3>${s.preview}</h3>
          <iframe title=${s.preview} src=${preview}></iframe>
        </section>
      </div>
    </dialog>`;
  }
}

if (!customElements.get('edu-share-dialog'))
  customElements.define('edu-share-dialog', EduShareDialog);

declare global {
  interface HTMLElementTagNameMap {
    'edu-share-dialog': EduShareDialog;
  }
}
