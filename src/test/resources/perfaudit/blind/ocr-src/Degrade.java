import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;

/**
 * Makes a rendered page look scanned, as the sixteenth blind round's OCR inputs were made (see make.sh):
 * {@code java Degrade.java IN.png OUT.jpg [skew=DEG] [scale=F] [dark=F] [speckle=F] [stamp=X,Y,R,TEXT] [quality=Q] [seed=N]}.
 * skew turns the page by DEG degrees round its centre (a sheet laid a little askew on the glass); scale resamples
 * (a 300 dpi render scanned at 150 dpi is scale=0.5); dark maps white to that grey and deepens the ink (a worn
 * toner, a yellowed sheet); speckle sprinkles that share of pixels dark or light (dust, paper grain); stamp draws a
 * red round seal at X,Y (fractions of the page) with radius R (a fraction of the page width) over the text, its
 * unit name round the rim; quality is the JPEG quality 1–100 the page is stored at (a grey JPEG, as scanners keep
 * pages). Deterministic for a seed.
 */
public class Degrade {

    public static void main(String[] args) throws Exception {
        BufferedImage page = ImageIO.read(new File(args[0]));
        double skew = 0, scale = 1, dark = 1, speckle = 0;
        int quality = 85;
        long seed = 16;
        String stamp = null;
        for (int i = 2; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            switch (kv[0]) {
                case "skew" -> skew = Double.parseDouble(kv[1]);
                case "scale" -> scale = Double.parseDouble(kv[1]);
                case "dark" -> dark = Double.parseDouble(kv[1]);
                case "speckle" -> speckle = Double.parseDouble(kv[1]);
                case "stamp" -> stamp = kv[1];
                case "quality" -> quality = Integer.parseInt(kv[1]);
                case "seed" -> seed = Long.parseLong(kv[1]);
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        BufferedImage out = turned(page, skew, scale);
        if (stamp != null) {
            seal(out, stamp);
        }
        BufferedImage grey = grey(out, dark, speckle, new Random(seed));
        jpeg(grey, new File(args[1]), quality);
    }

    /** The page turned by {@code degrees} and resampled by {@code scale}, on white. */
    private static BufferedImage turned(BufferedImage page, double degrees, double scale) {
        int w = (int) Math.round(page.getWidth() * scale), h = (int) Math.round(page.getHeight() * scale);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        AffineTransform t = new AffineTransform();
        t.rotate(Math.toRadians(degrees), w / 2.0, h / 2.0);
        t.scale(scale, scale);
        g.drawImage(page, t, null);
        g.dispose();
        return out;
    }

    /** A red round seal: a double ring, a star, the unit name along the upper rim; half transparent over the text. */
    private static void seal(BufferedImage page, String spec) {
        String[] p = spec.split(",", 4);
        double cx = Double.parseDouble(p[0]) * page.getWidth(), cy = Double.parseDouble(p[1]) * page.getHeight();
        double r = Double.parseDouble(p[2]) * page.getWidth();
        String text = p[3];
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.75f));
        g.setColor(new Color(215, 30, 40));
        g.setStroke(new BasicStroke((float) (r * 0.06)));
        g.drawOval((int) (cx - r), (int) (cy - r), (int) (2 * r), (int) (2 * r));
        g.setStroke(new BasicStroke((float) (r * 0.02)));
        double inner = r * 0.9;
        g.drawOval((int) (cx - inner), (int) (cy - inner), (int) (2 * inner), (int) (2 * inner));
        star(g, cx, cy, r * 0.28);
        Font font = new Font("Noto Serif CJK SC", Font.BOLD, (int) (r * 0.26));
        g.setFont(font);
        double sweep = Math.toRadians(220), start = -Math.PI / 2 - sweep / 2;
        for (int i = 0; i < text.length(); i++) {
            double a = start + sweep * (i + 0.5) / text.length();
            AffineTransform saved = g.getTransform();
            g.translate(cx + Math.cos(a) * r * 0.68, cy + Math.sin(a) * r * 0.68);
            g.rotate(a + Math.PI / 2);
            String ch = text.substring(i, i + 1);
            g.drawString(ch, -g.getFontMetrics().stringWidth(ch) / 2, g.getFontMetrics().getAscent() / 2);
            g.setTransform(saved);
        }
        g.dispose();
    }

    private static void star(Graphics2D g, double cx, double cy, double r) {
        int[] xs = new int[10], ys = new int[10];
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + i * Math.PI / 5, len = i % 2 == 0 ? r : r * 0.4;
            xs[i] = (int) Math.round(cx + Math.cos(a) * len);
            ys[i] = (int) Math.round(cy + Math.sin(a) * len);
        }
        g.fillPolygon(xs, ys, 10);
    }

    /** Luma of each pixel, white mapped to {@code dark}·255 and ink deepened, then speckled. */
    private static BufferedImage grey(BufferedImage page, double dark, double speckle, Random random) {
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                double luma = 0.299 * (rgb >> 16 & 255) + 0.587 * (rgb >> 8 & 255) + 0.114 * (rgb & 255);
                double v = Math.pow(luma / 255, 1.3) * 255 * dark;
                if (random.nextDouble() < speckle) {
                    v = random.nextBoolean() ? v * 0.35 : Math.min(255, v + 90);
                }
                int g = (int) Math.max(0, Math.min(255, Math.round(v)));
                out.getRaster().setSample(x, y, 0, g);
            }
        }
        return out;
    }

    private static void jpeg(BufferedImage image, File file, int quality) throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality / 100f);
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(file)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
