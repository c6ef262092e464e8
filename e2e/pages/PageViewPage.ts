import { expect, type Locator, type Page } from '@playwright/test';

export interface PointBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The printed page in the workspace (原文 / 版面 / 并排): its canvas, highlights and zoom. */
export class PageViewPage {
  readonly pane: Locator;
  readonly scroller: Locator;
  readonly image: Locator;
  readonly canvas: Locator;
  readonly region: Locator;
  readonly currentLine: Locator;
  readonly zoomLevel: Locator;

  constructor(readonly page: Page) {
    this.pane = page.getByTestId('page-pane');
    this.scroller = this.pane.locator('.page-scroll');
    this.image = page.getByTestId('page-image');
    this.canvas = page.getByTestId('page-canvas');
    this.region = this.image.locator('.page-region');
    this.currentLine = this.image.locator('.page-current-line');
    this.zoomLevel = page.getByTestId('zoom-level');
  }

  mode(mode: 'text' | 'page' | 'both'): Locator {
    return this.page.getByTestId(`page-view-${mode}`);
  }

  /** How many times pdf.js has drawn the canvas, once it has drawn it at all. */
  async renders(): Promise<number> {
    // The first drawing loads pdf.js and its worker and parses the file: slow on a busy machine.
    await expect(this.canvas).toHaveAttribute('data-renders', /\d+/, { timeout: 60_000 });
    return Number(await this.canvas.getAttribute('data-renders'));
  }

  /** Waits until the canvas is drawn at the scale the zoom shows (a new pane width or zoom draws it again), and gives the drawings so far. */
  async settled(): Promise<number> {
    await this.renders();
    await expect.poll(async () => `${Math.round(Number(await this.canvas.getAttribute('data-scale')) * 100)}%`, { timeout: 60_000 }).toBe(await this.zoomLevel.innerText());
    return this.renders();
  }

  /** CSS pixels per PDF point of the last drawing. */
  async scale(): Promise<number> {
    await expect(this.canvas).toHaveAttribute('data-scale', /\d/);
    return Number(await this.canvas.getAttribute('data-scale'));
  }

  /** Scrolls the page so the point (in PDF points) stands in the middle of the pane, and gives its place on the screen. */
  async bringIntoView(x: number, y: number): Promise<{ x: number; y: number }> {
    const scale = await this.scale();
    await this.scroller.evaluate(
      (element, point) => {
        const image = element.querySelector<HTMLElement>('.page-image')!;
        element.scrollTo({ left: image.offsetLeft + point.x - element.clientWidth / 2, top: image.offsetTop + point.y - element.clientHeight / 2 });
      },
      { x: x * scale, y: y * scale },
    );
    const box = (await this.image.boundingBox())!;
    return { x: box.x + x * scale, y: box.y + y * scale };
  }

  /** Where a box given in PDF points stands on the screen now. */
  async onScreen(box: PointBox): Promise<PointBox> {
    const scale = await this.scale();
    const image = (await this.image.boundingBox())!;
    return { x: image.x + box.x * scale, y: image.y + box.y * scale, width: box.width * scale, height: box.height * scale };
  }
}
