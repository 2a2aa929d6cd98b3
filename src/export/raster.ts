/**
 * A PNG of an SVG document, drawn by the browser: the SVG is loaded as an image
 * from a `blob:` URL (allowed by the strict CSP's img-src; nothing from another
 * origin, so the canvas is never tainted) and painted on a canvas `scale` times
 * its CSS size.
 */

/**
 * Image pixels per CSS pixel of a PNG download: "2× device pixels" read as a fixed
 * 2× (retina) image, the same file on every screen, rather than 2 × the reader's
 * own devicePixelRatio (which would make 4× files on a phone).
 */
export const PNG_SCALE = 2;

export async function rasterize(
  svgText: string,
  width: number,
  height: number,
  scale = PNG_SCALE,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw on a canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
