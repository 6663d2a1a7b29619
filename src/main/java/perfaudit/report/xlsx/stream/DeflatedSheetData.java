package perfaudit.report.xlsx.stream;

import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * A streamed sheet's rows spilled to their temporary file already deflated as the workbook stores them (raw
 * deflate at the workbook's level, ended by a sync flush, not a final block), with the CRC-32 and length of the
 * XML written: the workbook copies those bytes into its zip entry between its template's deflated head and tail
 * ({@link RawSheetEntry}) instead of inflating a gzip spill and deflating it again — the rows are deflated once.
 */
final class DeflatedSheetData {

    /** An empty final block: what turns the spilled (sync-flushed) stream into a whole deflate stream. */
    static final byte[] FINAL_BLOCK = {0x03, 0x00};

    private DeflatedSheetData() {
    }

    /** The stream a sheet's rows are written into: counted, checksummed, deflated into {@code file}. */
    static final class Out extends OutputStream {

        private final FileOutputStream file;
        private final Deflater deflater;
        private final CRC32 crc = new CRC32();
        private final byte[] buffer = new byte[1 << 16];
        private long size;
        private boolean closed;

        Out(FileOutputStream file, int level) {
            this.file = file;
            this.deflater = new Deflater(level, true);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            crc.update(bytes, off, len);
            size += len;
            deflater.setInput(bytes, off, len);
            while (!deflater.needsInput()) {
                drain(Deflater.NO_FLUSH);
            }
        }

        /** Ends with a sync flush: the output stops on a byte boundary with no final block, ready to be followed. */
        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                while (drain(Deflater.SYNC_FLUSH) == buffer.length) {
                    // a full buffer may leave more to flush
                }
            } finally {
                deflater.end();
                file.close();
            }
        }

        long size() {
            return size;
        }

        long crc() {
            return crc.getValue();
        }

        private int drain(int flush) throws IOException {
            int n = deflater.deflate(buffer, 0, buffer.length, flush);
            if (n > 0) {
                file.write(buffer, 0, n);
            }
            return n;
        }
    }

    /**
     * The spilled rows read back: inflated when read as a stream (as POI reads a sheet's data), or their deflated
     * bytes taken as they are ({@link #raw()}) with the checksum and length of what they inflate to.
     */
    static final class In extends InflaterInputStream {

        private final FileInputStream file;
        private final long size;
        private final long crc;

        In(FileInputStream file, long size, long crc) {
            super(new SequenceInputStream(file, new ByteArrayInputStream(FINAL_BLOCK)), new Inflater(true), 1 << 16);
            this.file = file;
            this.size = size;
            this.crc = crc;
        }

        /** The deflated bytes, without a final block; not to be mixed with reading this stream. */
        InputStream raw() {
            return file;
        }

        long rawSize() throws IOException {
            return file.getChannel().size();
        }

        long size() {
            return size;
        }

        long crc() {
            return crc;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                inf.end();
            }
        }
    }
}
