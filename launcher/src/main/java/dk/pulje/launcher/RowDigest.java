package dk.pulje.launcher;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The checksum of one table's COPY text: the row count and the sum (modulo 2^64) of the first eight bytes of each
 * row's SHA-256. A sum does not depend on the order of the rows, which PostgreSQL does not promise to keep, so the
 * same figure can be computed from the backup file and again from the restored table; and unlike XOR it does not
 * cancel out two equal rows. In COPY's text format every row is one line: newlines inside values are escaped.
 * <p>
 * Used as the sink of a COPY OUT (or as a tee in front of the file it is written to).
 */
final class RowDigest extends OutputStream {

    private final MessageDigest sha256;
    private final OutputStream next;
    private long rows;
    private long sum;

    RowDigest(OutputStream next) {
        this.next = next;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Only counts, writes nothing on. */
    static RowDigest counting() {
        return new RowDigest(OutputStream.nullOutputStream());
    }

    @Override
    public void write(int b) throws java.io.IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
        next.write(bytes, offset, length);
        int start = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (bytes[i] == '\n') {
                sha256.update(bytes, start, i - start);
                endRow();
                start = i + 1;
            }
        }
        if (start < end) {
            sha256.update(bytes, start, end - start);
        }
    }

    private void endRow() {
        sum += ByteBuffer.wrap(sha256.digest(), 0, Long.BYTES).getLong();
        rows++;
    }

    long rows() {
        return rows;
    }

    /** "rows:sum", the form kept in the backup's header. */
    String checksum() {
        return rows + ":" + Long.toHexString(sum);
    }

    @Override
    public void flush() throws java.io.IOException {
        next.flush();
    }

    /** Does not close the stream it writes on (a ZIP entry is closed by its ZipOutputStream). */
    @Override
    public void close() {
    }
}
