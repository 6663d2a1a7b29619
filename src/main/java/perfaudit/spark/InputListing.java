package perfaudit.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import perfaudit.audit.DisplayNames;
import perfaudit.ingest.InputWalk;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The inputs of a distributed run, listed on the driver: local paths are walked exactly as
 * {@code perfaudit audit} walks them (same order, names, keys, same files left out), so both give the
 * same report; URIs of another file system ({@code hdfs://}, {@code s3a://}) are listed through Hadoop,
 * recursively and sorted, with the same files left out by name, each keyed by its path below the URI given.
 */
public final class InputListing {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+://.*");

    /** What was listed: the inputs in run order, and the local walk (for its log of what was left out). */
    public record Listed(List<InputRef> inputs, InputWalk localWalk) {
    }

    private InputListing() {
    }

    /** True for a path given as a URI of another file system than the local one. */
    public static boolean isRemote(String path) {
        return SCHEME.matcher(path).matches() && !path.startsWith("file:");
    }

    public static Listed of(List<String> paths, Collection<Path> reportFolders) throws IOException {
        List<Path> local = new ArrayList<>();
        List<String> remote = new ArrayList<>();
        for (String path : paths) {
            if (isRemote(path)) {
                remote.add(path);
            } else {
                local.add(path.startsWith("file:") ? Path.of(URI.create(path)) : Path.of(path));
            }
        }
        List<InputRef> inputs = new ArrayList<>();
        InputWalk walk = InputWalk.of(local, reportFolders);
        for (Path file : walk.files()) {
            inputs.add(new InputRef(inputs.size(), file.toString(), true, DisplayNames.of(file), walk.keyOf(file)));
        }
        for (String root : remote) {
            listRemote(root, inputs);
        }
        return new Listed(List.copyOf(inputs), walk);
    }

    private static void listRemote(String root, List<InputRef> inputs) throws IOException {
        org.apache.hadoop.fs.Path top = new org.apache.hadoop.fs.Path(root);
        FileSystem fs = top.getFileSystem(new Configuration());
        FileStatus status = fs.getFileStatus(top);
        List<String> files = new ArrayList<>();
        if (status.isFile()) {
            files.add(status.getPath().toString());
        } else {
            RemoteIterator<LocatedFileStatus> listed = fs.listFiles(top, true);
            while (listed.hasNext()) {
                files.add(listed.next().getPath().toString());
            }
        }
        files.sort(null);
        String base = status.isFile() ? status.getPath().getParent().toString() : status.getPath().toString();
        for (String file : files) {
            String name = file.substring(file.lastIndexOf('/') + 1);
            if (InputWalk.isCandidate(Path.of(name))) {
                String key = file.startsWith(base + "/") ? file.substring(base.length() + 1) : name;
                inputs.add(new InputRef(inputs.size(), file, false, file, key));
            }
        }
    }
}
