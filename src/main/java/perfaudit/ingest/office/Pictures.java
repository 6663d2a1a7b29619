package perfaudit.ingest.office;

import perfaudit.ingest.NoForm;
import perfaudit.model.Document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * How many pictures an office file holds: said when it gives no form, since a form pasted in as a photo or scan is
 * the usual reason. Raster images only (PNG, JPEG, GIF, BMP, TIFF): a Windows metafile (EMF, WMF) is most often
 * the preview Word keeps of an embedded object, or a drawing, not a scan.
 */
final class Pictures {

    private static final Pattern RASTER = Pattern.compile("(?i).*\\.(png|jpe?g|gif|bmp|tiff?)$");
    private static final Pattern MEDIA_FOLDER = Pattern.compile("(word|xl|ppt)/media/.*|Pictures/.*");

    private Pictures() {
    }

    /** The raster pictures in an OOXML or OpenDocument package (its media folder); 0 for bytes that are no zip. */
    static int inPackage(byte[] bytes) {
        int count = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (isRaster(entry.getName()) && MEDIA_FOLDER.matcher(entry.getName()).matches()) {
                    count++;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return count; // a damaged package was reported by its reader; what was counted stands
        }
        return count;
    }

    /**
     * A document that gave no form, with the reason first saying what it holds instead, when it holds pictures or
     * embedded objects; any other document as it is (counted only when there is no form).
     */
    static Document explainNoForm(Document document, IntSupplier pictures, int objects) {
        if (!document.forms().isEmpty()) {
            return document;
        }
        int count = pictures.getAsInt();
        return count == 0 && objects == 0 ? document : NoForm.explained(document, NoForm.Holdings.pictures(count, objects));
    }

    /** Whether a picture's file name or suggested extension names a raster image. */
    static boolean isRaster(String nameOrExtension) {
        String name = nameOrExtension.toLowerCase(Locale.ROOT);
        return RASTER.matcher(name.contains(".") ? name : "." + name).matches();
    }
}
