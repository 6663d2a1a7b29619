import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;

/**
 * Stores each page image of an OCR'd PDF smaller, as OCRmyPDF's --optimize and scanner software do: the page was
 * read at full resolution, its image kept at {@code scale} of it as a grey JPEG of quality {@code Q}; the invisible
 * text layer (placed in page units) is untouched. {@code java -cp perfaudit.jar Shrink.java IN.pdf OUT.pdf SCALE Q}
 */
public class Shrink {

    public static void main(String[] args) throws Exception {
        double scale = Double.parseDouble(args[2]);
        float quality = Integer.parseInt(args[3]) / 100f;
        try (PDDocument doc = Loader.loadPDF(new File(args[0]))) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getXObjectNames()) {
                    PDXObject object = resources.getXObject(name);
                    if (object instanceof PDImageXObject image) {
                        BufferedImage smaller = scaled(image.getImage(), scale);
                        resources.put(name, JPEGFactory.createFromImage(doc, smaller, quality));
                    }
                }
            }
            doc.save(new File(args[1]));
        }
    }

    private static BufferedImage scaled(BufferedImage image, double scale) {
        int w = (int) Math.round(image.getWidth() * scale), h = (int) Math.round(image.getHeight() * scale);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
