package perfaudit.spark;

import java.io.Serializable;

/**
 * One input of a distributed run as the driver listed it: its place in the run's input order, where an
 * executor reads it ({@code location}: a local path, or a URI such as {@code hdfs://...}), the name the
 * reports give it and the key that names it across runs, exactly as {@code perfaudit audit} would.
 */
public record InputRef(int index, String location, boolean local, String displayName, String key)
        implements Serializable {
}
