import type { Locator, Page } from '@playwright/test';

/** 文库位置: where the library is, this computer or a shared server. */
export class LibraryLocationDialogPage {
  readonly dialog: Locator;
  readonly current: Locator;
  readonly error: Locator;
  readonly connectButton: Locator;
  readonly useLocalButton: Locator;
  readonly passwordNote: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('library-location-dialog');
    this.current = page.getByTestId('location-current');
    this.error = page.getByTestId('location-error');
    this.connectButton = page.getByTestId('location-connect');
    this.useLocalButton = page.getByTestId('location-use-local');
    this.passwordNote = page.getByTestId('location-password-note');
  }

  open(): Promise<void> {
    return this.page.getByTestId('open-library-location').click();
  }

  chooseLocal(): Promise<void> {
    return this.page.getByTestId('location-kind-local').check();
  }

  async fillServer(server: { host: string; port: number; database: string; user: string; password?: string }): Promise<void> {
    await this.page.getByTestId('location-kind-shared').check();
    await this.page.getByTestId('location-host').fill(server.host);
    await this.page.getByTestId('location-port').fill(String(server.port));
    await this.page.getByTestId('location-database').fill(server.database);
    await this.page.getByTestId('location-user').fill(server.user);
    if (server.password !== undefined) await this.page.getByTestId('location-password').fill(server.password);
  }
}
