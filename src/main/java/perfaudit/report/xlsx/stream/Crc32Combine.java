package perfaudit.report.xlsx.stream;

/**
 * The CRC-32 of two byte runs one after the other from the CRC-32 of each and the second's length (zlib's
 * crc32_combine, by GF(2) matrices): a sheet's entry is checksummed from parts deflated at different times.
 */
final class Crc32Combine {

    private static final int GF2_DIM = 32;

    private Crc32Combine() {
    }

    static long combine(long crc1, long crc2, long len2) {
        if (len2 <= 0) {
            return crc1;
        }
        long[] even = new long[GF2_DIM];
        long[] odd = new long[GF2_DIM];
        odd[0] = 0xedb88320L; // the CRC-32 polynomial: the operator of one zero bit
        long row = 1;
        for (int n = 1; n < GF2_DIM; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd); // two zero bits
        square(odd, even); // four
        long crc = crc1;
        long len = len2;
        do {
            square(even, odd); // one zero byte first, then squared on each round
            if ((len & 1) != 0) {
                crc = times(even, crc);
            }
            len >>= 1;
            if (len == 0) {
                break;
            }
            square(odd, even);
            if ((len & 1) != 0) {
                crc = times(odd, crc);
            }
            len >>= 1;
        } while (len != 0);
        return (crc ^ crc2) & 0xffffffffL;
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        long v = vector;
        for (int i = 0; v != 0; i++, v >>>= 1) {
            if ((v & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static void square(long[] square, long[] matrix) {
        for (int n = 0; n < GF2_DIM; n++) {
            square[n] = times(matrix, matrix[n]);
        }
    }
}
